package io.wsboot.websocket.connection;

import java.util.concurrent.atomic.AtomicReference;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.protocol.CloseErrors;

/**
 * The close state of one connection, server or client: OPEN, then CLOSING once this side has sent
 * a close frame, then CLOSED when the connection has ended; and whether this side started the
 * close. Changed by compare-and-set, so that a writer can read it on every write without a lock.
 * Holds the one rule for a write that finds the connection not open: after this side's close, the
 * reference's "Close frame already sent" text; otherwise {@code "Connection already closed"}.
 */
public final class CloseState {

	/** The phases of a connection. */
	public enum Phase {

		OPEN, CLOSING, CLOSED

	}

	private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.OPEN);

	/** Whether this side started the close: sent a close frame, dropped the connection, or gave up on it. */
	private volatile boolean closedHere;

	/**
	 * The current phase.
	 * @return the phase
	 */
	public Phase phase() {
		return this.phase.get();
	}

	/**
	 * Whether the connection is open.
	 * @return whether the phase is OPEN
	 */
	public boolean isOpen() {
		return this.phase.get() == Phase.OPEN;
	}

	/**
	 * Whether this side started the close.
	 * @return whether it did
	 */
	public boolean closedHere() {
		return this.closedHere;
	}

	/**
	 * Starts this side's close: OPEN becomes CLOSING.
	 * @return whether the connection was open, so that this side's close frame is to be sent
	 */
	public boolean startClosing() {
		if (!this.phase.compareAndSet(Phase.OPEN, Phase.CLOSING)) {
			return false;
		}
		this.closedHere = true;
		return true;
	}

	/** Records that this side has closed the connection without a close frame, whatever its phase. */
	public void closeHere() {
		this.closedHere = true;
		this.phase.compareAndSet(Phase.OPEN, Phase.CLOSING);
	}

	/**
	 * Records that the connection has ended, whoever closed it.
	 * @return the phase it was in
	 */
	public Phase ended() {
		return this.phase.getAndSet(Phase.CLOSED);
	}

	/**
	 * Checks that a write may go out.
	 * @param text whether the write is a text message, for the error after this side's close
	 * @throws ConnectionClosureException when the connection is not open
	 */
	public void checkWritable(boolean text) {
		Phase current = this.phase.get();
		if (current != Phase.OPEN) {
			throw closedError(current, text);
		}
	}

	/**
	 * The error of a write that finds the connection not open.
	 * @param current the phase, not OPEN
	 * @param text whether the write is a text message
	 * @return the error
	 */
	public ConnectionClosureException closedError(Phase current, boolean text) {
		if (current == Phase.CLOSING || this.closedHere) {
			return text ? CloseErrors.textAfterClose() : CloseErrors.binaryAfterClose();
		}
		return CloseErrors.alreadyClosed();
	}

}
