package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wsboot.websocket.CloseFrame;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The graceful end of every server connection when the application stops: from then on handshakes
 * are refused with 503, each open connection is closed with 1001 {@value #REASON}, the peers'
 * answers are awaited for a bounded time, and the connections still open after it are dropped. Each
 * service hears of it through {@code onClose} with 1001 and that reason once its connection has
 * ended. Thread safe.
 */
public final class ServerShutdown {

	/** The reason of the close frame sent to every peer, and of the 503 to later handshakes. */
	public static final String REASON = ConnectionGate.SHUTTING_DOWN;

	private static final CloseFrame GOING_AWAY = CloseFrame.of(CloseFrame.GOING_AWAY.status(), REASON);

	private static final Log logger = LogFactory.getLog(ServerShutdown.class);

	/** The open connections, each with the transport dropped when its peer does not answer. */
	private final Map<ConnectionEnd, Transport> open = new ConcurrentHashMap<>();

	/** Whether {@link #shutdown} has begun; handshakes are refused from then on. */
	private volatile boolean started;

	/**
	 * Whether the shutdown has begun.
	 * @return whether handshakes are refused
	 */
	public boolean started() {
		return this.started;
	}

	/**
	 * How many connections are open.
	 * @return the connections not yet ended
	 */
	public int openConnections() {
		return this.open.size();
	}

	/**
	 * Admits handshakes again after a shutdown, for an application context started again after
	 * {@code stop()} (Spring's test context cache pauses contexts that way).
	 */
	public void resume() {
		this.started = false;
	}

	void opened(ConnectionEnd connection, Transport transport) {
		this.open.put(connection, transport);
		if (connection.hasEnded()) {
			// Ended before it was added: its ended() may have missed it.
			ended(connection);
		}
		else if (this.started) {
			connection.close(GOING_AWAY);
		}
	}

	void ended(ConnectionEnd connection) {
		this.open.remove(connection);
		if (this.started) {
			synchronized (this) {
				notifyAll();
			}
		}
	}

	/**
	 * Refuses further handshakes, closes every open connection with 1001 and waits for them to end:
	 * nine tenths of {@code timeout} for the peers' answers, the rest for the connections dropped
	 * after it to be reported. Blocks; returns at the latest after {@code timeout}.
	 * @param timeout how long the shutdown may take
	 */
	public void shutdown(Duration timeout) {
		this.started = true;
		long start = System.nanoTime();
		List<ConnectionEnd> closing = List.copyOf(this.open.keySet());
		closing.forEach((connection) -> connection.closeLater(GOING_AWAY));
		if (!awaitEnded(start + timeout.toNanos() * 9 / 10)) {
			Map<ConnectionEnd, Transport> remaining = Map.copyOf(this.open);
			logger.info("Dropping " + remaining.size() + " WebSocket connection(s) that did not answer the close "
					+ "within " + Duration.ofNanos(timeout.toNanos() * 9 / 10));
			remaining.values().forEach(Transport::abort);
			awaitEnded(start + timeout.toNanos());
		}
		if (!this.open.isEmpty()) {
			logger.warn(this.open.size() + " WebSocket connection(s) had not ended when the shutdown phase timed "
					+ "out after " + timeout);
		}
	}

	private synchronized boolean awaitEnded(long deadline) {
		long remaining = deadline - System.nanoTime();
		while (!this.open.isEmpty() && remaining > 0) {
			try {
				long millis = Math.max(1, remaining / 1_000_000);
				wait(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return this.open.isEmpty();
			}
			remaining = deadline - System.nanoTime();
		}
		return this.open.isEmpty();
	}

}
