package io.wsboot.websocket.client;

import java.util.Objects;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.connection.CloseState;
import io.wsboot.websocket.connection.OutboundWriter;
import io.wsboot.websocket.protocol.CloseErrors;
import io.wsboot.websocket.protocol.ReportedCloseCodes;
import io.wsboot.websocket.protocol.WriteErrors;
import org.jspecify.annotations.Nullable;

/**
 * The state of a client connection across its links: its {@link CloseState}, as the server's (OPEN
 * → CLOSING when this side sent a close frame → CLOSED, and CLOSED from OPEN when the peer closes or
 * the attempts run out), and while it is open, the phase of its links: CONNECTING → OPEN ⇄
 * RECONNECTING (retry only). Every change happens under one monitor and wakes the writers waiting
 * for the connection to open; for its {@link OutboundWriter}, it gives the current link and maps a
 * failed write.
 */
final class ClientState implements OutboundWriter.Side<JettyLink> {

	/** The phases of the links of an open connection. */
	enum Phase {

		CONNECTING, OPEN, RECONNECTING

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

	private final CloseState close = new CloseState();

	/** The phase of the links; what counts once the connection is closing is the close state. */
	private Phase phase = Phase.CONNECTING;

	/** The latest link; null until the first handshake's session opens. */
	private @Nullable JettyLink link;

	/** Why the connection ended when the attempts ran out; null otherwise. */
	private @Nullable ConnectionException failure;

	/** The thread reconnecting; null when none. */
	private @Nullable Thread reconnecting;

	/** The connection has ended: CLOSED. */
	void ended() {
		synchronized (this.lock) {
			this.close.ended();
			this.lock.notifyAll();
		}
	}

	boolean isOpen() {
		synchronized (this.lock) {
			return this.close.isOpen() && this.phase == Phase.OPEN;
		}
	}

	boolean isClosingOrClosed() {
		return !this.close.isOpen();
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
			return from == this.link && (!this.close.isOpen() || this.phase == Phase.OPEN);
		}
	}

	/**
	 * Waits until the connection is open on a link other than {@code stale}.
	 * @param stale a link that failed a write, or {@code null}
	 * @param text whether the write is a text message, for the error after this side's close
	 * @return the link to write to
	 */
	@Override
	public JettyLink await(@Nullable JettyLink stale, boolean text) {
		synchronized (this.lock) {
			while (true) {
				CloseState.Phase closing = this.close.phase();
				if (closing != CloseState.Phase.OPEN) {
					throw closedError(closing, text);
				}
				if (this.phase == Phase.OPEN && this.link != stale && this.link != null) {
					return this.link;
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

	/** Only a link's failed write is mapped and retried; any other failure reaches the writer's caller. */
	@Override
	public boolean isWriteFailure(RuntimeException failure) {
		return failure instanceof JettyLink.LinkWriteException;
	}

	/** The API's error for a write that failed on a link: the close state's, or the link's failure mapped. */
	@Override
	public WebSocketException failed(Exception failure, boolean text) {
		synchronized (this.lock) {
			CloseState.Phase closing = this.close.phase();
			if (closing != CloseState.Phase.OPEN) {
				return closedError(closing, text);
			}
		}
		return WriteErrors.of(Objects.requireNonNullElse(failure.getCause(), failure));
	}

	/**
	 * The error of a write on a connection that is not open: why the attempts ran out, or the close
	 * state's error. Call holding the lock.
	 */
	private WebSocketException closedError(CloseState.Phase closing, boolean text) {
		if (closing == CloseState.Phase.CLOSED && this.failure != null) {
			return this.failure;
		}
		return this.close.closedError(closing, text);
	}

	/**
	 * Starts this side's close: CLOSING when open, CLOSED otherwise; a reconnection under way stops.
	 * @return the link to send the close frame on, or {@code null} when the connection was not open
	 * @throws ConnectionClosureException when this side closed already, or the connection has closed
	 */
	@Nullable JettyLink startClose() {
		synchronized (this.lock) {
			CloseState.Phase closing = this.close.phase();
			boolean closed = closing == CloseState.Phase.CLOSED;
			if (closing == CloseState.Phase.CLOSING || (closed && this.close.closedHere())) {
				throw CloseErrors.alreadyClosing();
			}
			if (closed) {
				throw CloseErrors.alreadyClosed();
			}
			boolean open = this.phase == Phase.OPEN;
			if (open) {
				this.close.startClosing();
			}
			else {
				this.close.closeHere();
				this.close.ended();
			}
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
				if (!this.close.isOpen()) {
					this.close.ended();
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
				this.close.ended();
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
			if (!this.close.isOpen() || this.phase != Phase.RECONNECTING) {
				return false;
			}
			this.close.ended();
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
			if (!this.close.isOpen() || this.phase != expected) {
				return false;
			}
			this.link = opened;
			this.phase = Phase.OPEN;
			this.lock.notifyAll();
			return true;
		}
	}

}
