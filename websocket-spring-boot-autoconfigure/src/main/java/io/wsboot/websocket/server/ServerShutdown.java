package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.List;

import io.wsboot.websocket.CloseFrame;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The graceful end of every server connection when the application stops: from then on handshakes
 * are refused with 503, each open connection is closed with 1001 {@value #REASON}, the peers'
 * answers are awaited for a bounded time, and the connections still open after it are dropped. Each
 * service hears of it through {@code onClose} with 1001 and that reason once its connection has
 * ended. The open connections are those of the {@link ConnectionRegistry} past {@code onOpen}; a
 * connection leaves the registry here, once its end has been reported. Thread safe.
 */
public final class ServerShutdown {

	/** The reason of the close frame sent to every peer, and of the 503 to later handshakes. */
	public static final String REASON = ConnectionGate.SHUTTING_DOWN;

	private static final CloseFrame GOING_AWAY = CloseFrame.of(CloseFrame.GOING_AWAY.status(), REASON);

	private static final Log logger = LogFactory.getLog(ServerShutdown.class);

	/** The open connections, each listed with its end once the adapter delivers its events. */
	private final ConnectionRegistry registry;

	/** Whether {@link #shutdown} has begun; handshakes are refused from then on. */
	private volatile boolean started;

	/**
	 * Creates the shutdown of a server's connections.
	 * @param registry the server's open connections
	 */
	public ServerShutdown(ConnectionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Whether the shutdown has begun.
	 * @return whether handshakes are refused
	 */
	public boolean started() {
		return this.started;
	}

	/**
	 * How many connections past {@code onOpen} are open.
	 * @return the connections not yet ended
	 */
	public int openConnections() {
		return this.registry.ends().size();
	}

	/**
	 * Admits handshakes again after a shutdown, for an application context started again after
	 * {@code stop()} (Spring's test context cache pauses contexts that way).
	 */
	public void resume() {
		this.started = false;
	}

	/**
	 * Lists a connection's end in the registry once the adapter delivers its events, after
	 * {@code onOpen}; a connection opening during the shutdown is closed at once.
	 * @param connection the connection
	 * @param end its end
	 */
	void opened(ServerCaller connection, ConnectionEnd end) {
		this.registry.opened(connection, end);
		if (this.started) {
			end.close(GOING_AWAY);
		}
	}

	/**
	 * Removes a connection from the registry once its end has been reported, {@code onClose}
	 * included.
	 * @param connection the connection
	 */
	void ended(ServerCaller connection) {
		this.registry.remove(connection);
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
		this.registry.ends().forEach((connection) -> connection.closeLater(GOING_AWAY));
		if (!awaitEnded(start + timeout.toNanos() * 9 / 10)) {
			List<ConnectionEnd> remaining = this.registry.ends();
			logger.info("Dropping " + remaining.size() + " WebSocket connection(s) that did not answer the close "
					+ "within " + Duration.ofNanos(timeout.toNanos() * 9 / 10));
			remaining.forEach(ConnectionEnd::drop);
			awaitEnded(start + timeout.toNanos());
		}
		int open = openConnections();
		if (open > 0) {
			logger.warn(open + " WebSocket connection(s) had not ended when the shutdown phase timed out after "
					+ timeout);
		}
	}

	private synchronized boolean awaitEnded(long deadline) {
		long remaining = deadline - System.nanoTime();
		while (openConnections() > 0 && remaining > 0) {
			try {
				long millis = Math.max(1, remaining / 1_000_000);
				wait(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return openConnections() == 0;
			}
			remaining = deadline - System.nanoTime();
		}
		return openConnections() == 0;
	}

}
