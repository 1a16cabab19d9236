package io.wsboot.websocket.client;

import java.util.function.Supplier;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.protocol.CloseErrors;
import io.wsboot.websocket.protocol.ReportedCloseCodes;
import io.wsboot.websocket.protocol.WriteErrors;
import org.jspecify.annotations.Nullable;

/**
 * The state of a client connection across its links: CONNECTING → OPEN ⇄ RECONNECTING (retry
 * only), OPEN → CLOSING (this side sent a close frame) → CLOSED, and CLOSED from any state when the
 * peer closes or the attempts run out. Every change happens under one monitor and wakes the writers
 * waiting for the connection to open.
 */
final class ClientState {

	/** The phases of a connection. */
	enum Phase {

		CONNECTING, OPEN, RECONNECTING, CLOSING, CLOSED

	}

	/** What the end of the current link means for the connection. */
	enum Ending {

		/** The close this side started is complete. */
		CLOSE_DONE,

		/** The link dropped and retry is on: a reconnection has started. */
		RECONNECTING,

		/** The peer closed the connection, or it dropped without retry. */
		CLOSED

	}

	private final Object lock = new Object();

	private Phase phase = Phase.CONNECTING;

	/** The latest link; null until the first handshake's session opens. */
	private @Nullable JettyLink link;

	/** Why the connection ended when the attempts ran out; null otherwise. */
	private @Nullable ConnectionException failure;

	/** Whether this side started the close; then a second close or a write says "Close frame already sent". */
	private boolean closedHere;

	/** The thread reconnecting; null when none. */
	private @Nullable Thread reconnecting;

	void to(Phase next) {
		synchronized (this.lock) {
			this.phase = next;
			this.lock.notifyAll();
		}
	}

	boolean isOpen() {
		synchronized (this.lock) {
			return this.phase == Phase.OPEN;
		}
	}

	boolean isClosingOrClosed() {
		synchronized (this.lock) {
			return this.phase == Phase.CLOSING || this.phase == Phase.CLOSED;
		}
	}

	@Nullable JettyLink link() {
		synchronized (this.lock) {
			return this.link;
		}
	}

	/** A link's session opened; it is the current link from now on. */
	void opened(JettyLink opened) {
		synchronized (this.lock) {
			this.link = opened;
		}
	}

	/**
	 * Whether events of a link are the connection's: it is the current link and not still being
	 * set up (a handshake in progress looks at the link's status itself).
	 */
	boolean isCurrent(JettyLink from) {
		synchronized (this.lock) {
			return from == this.link && this.phase != Phase.CONNECTING && this.phase != Phase.RECONNECTING;
		}
	}

	/**
	 * Waits until the connection is open on a link other than {@code stale}.
	 * @param stale a link that failed a write, or {@code null}
	 * @param afterClose the error of a write after this side's close
	 * @return the link to write to
	 */
	JettyLink awaitOpen(@Nullable JettyLink stale, Supplier<ConnectionClosureException> afterClose) {
		synchronized (this.lock) {
			while (true) {
				switch (this.phase) {
					case OPEN -> {
						if (this.link != stale && this.link != null) {
							return this.link;
						}
					}
					case CLOSING -> throw afterClose.get();
					case CLOSED -> throw closedError(afterClose);
					default -> {
					}
				}
				try {
					this.lock.wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new WebSocketException("Interrupted while waiting for the connection", ex);
				}
			}
		}
	}

	/** The API's error for a write that failed on a link. */
	WebSocketException writeFailure(JettyLink.LinkWriteException ex, Supplier<ConnectionClosureException> afterClose) {
		synchronized (this.lock) {
			if (this.phase == Phase.CLOSING) {
				return afterClose.get();
			}
			if (this.phase == Phase.CLOSED) {
				return closedError(afterClose);
			}
		}
		return WriteErrors.of(ex.getCause());
	}

	/** The error of a write on a closed connection; call holding the lock. */
	private WebSocketException closedError(Supplier<ConnectionClosureException> afterClose) {
		if (this.failure != null) {
			return this.failure;
		}
		return this.closedHere ? afterClose.get() : CloseErrors.alreadyClosed();
	}

	/**
	 * Starts this side's close: CLOSING when open, CLOSED otherwise; a reconnection under way stops.
	 * @return the link to send the close frame on, or {@code null} when the connection was not open
	 * @throws ConnectionClosureException when this side closed already, or the connection has closed
	 */
	@Nullable JettyLink startClose() {
		synchronized (this.lock) {
			if (this.phase == Phase.CLOSING || (this.phase == Phase.CLOSED && this.closedHere)) {
				throw CloseErrors.alreadyClosing();
			}
			if (this.phase == Phase.CLOSED) {
				throw CloseErrors.alreadyClosed();
			}
			this.closedHere = true;
			boolean open = this.phase == Phase.OPEN;
			this.phase = open ? Phase.CLOSING : Phase.CLOSED;
			if (this.reconnecting != null) {
				this.reconnecting.interrupt();
			}
			this.lock.notifyAll();
			return open ? this.link : null;
		}
	}

	/**
	 * The current link has ended.
	 * @param statusCode the link's final status
	 * @param reconnect what reconnects, when retry is on; started on a thread of its own on a drop
	 * @param threadName the name of that thread
	 * @return what the end means
	 */
	Ending linkEnded(int statusCode, @Nullable Runnable reconnect, String threadName) {
		synchronized (this.lock) {
			try {
				if (this.phase == Phase.CLOSING || this.phase == Phase.CLOSED) {
					this.phase = Phase.CLOSED;
					return Ending.CLOSE_DONE;
				}
				if (statusCode == ReportedCloseCodes.ABNORMAL_CLOSURE && reconnect != null) {
					this.phase = Phase.RECONNECTING;
					Thread thread = new Thread(reconnect, threadName);
					thread.setDaemon(true);
					this.reconnecting = thread;
					thread.start();
					return Ending.RECONNECTING;
				}
				this.phase = Phase.CLOSED;
				return Ending.CLOSED;
			}
			finally {
				this.lock.notifyAll();
			}
		}
	}

	/**
	 * The reconnection ran out of attempts: CLOSED with that failure, unless it was closed meanwhile.
	 * @param exhausted the failure
	 * @return whether the connection was still reconnecting
	 */
	boolean reconnectFailed(ConnectionException exhausted) {
		synchronized (this.lock) {
			if (this.phase != Phase.RECONNECTING) {
				return false;
			}
			this.phase = Phase.CLOSED;
			this.failure = exhausted;
			this.lock.notifyAll();
			return true;
		}
	}

	/** The reconnecting thread has finished. */
	void reconnectEnded() {
		synchronized (this.lock) {
			this.reconnecting = null;
		}
	}

	/**
	 * A handshake succeeded: the connection is open on the new link, unless it left the phase the
	 * handshake started in meanwhile (closed by this side).
	 * @param opened the new link
	 * @param expected the phase the handshake started in
	 * @return whether the connection is open on the link
	 */
	boolean establish(JettyLink opened, Phase expected) {
		synchronized (this.lock) {
			if (this.phase != expected) {
				return false;
			}
			this.link = opened;
			this.phase = Phase.OPEN;
			this.lock.notifyAll();
			return true;
		}
	}

}
