package io.wsboot.websocket.client;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.WebSocketException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The connections a {@code WsClient} and its variants have opened, so that closing the client
 * (with the application context, for the auto-configured one) closes each with 1001
 * {@value #REASON} (one reconnecting stops): the close frames go out together, and each peer's answer
 * is awaited for at most
 * {@link #CLOSE_TIMEOUT} before the connection is dropped. Thread safe.
 */
final class OpenClientConnections {

	/** The reason of the close frame each connection gets when the client is closed. */
	static final String REASON = "Client shutting down";

	/** How long each connection waits for its server's answer to the client's close. */
	static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

	private static final Log logger = LogFactory.getLog(OpenClientConnections.class);

	/**
	 * Held weakly: an open connection stays reachable through its Jetty session, a closed one the
	 * application no longer holds is forgotten. Guarded by itself.
	 */
	private final Set<ClientConnection> connections = Collections.newSetFromMap(new WeakHashMap<>());

	/**
	 * Keeps track of a connection.
	 * @param connection the new connection
	 */
	void add(ClientConnection connection) {
		synchronized (this.connections) {
			this.connections.add(connection);
		}
	}

	/**
	 * How many of the connections are open.
	 * @return the open connections
	 */
	int openCount() {
		synchronized (this.connections) {
			return (int) this.connections.stream().filter(ClientConnection::isOpen).count();
		}
	}

	/** Closes every connection not already closed with 1001, and waits for them all. */
	void closeAll() {
		List<ClientConnection> open;
		synchronized (this.connections) {
			open = List.copyOf(this.connections);
			this.connections.clear();
		}
		if (open.isEmpty()) {
			return;
		}
		ExecutorService closers = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "wsboot-client-close");
			thread.setDaemon(true);
			return thread;
		});
		try {
			CompletableFuture.allOf(open.stream()
				.map((connection) -> CompletableFuture.runAsync(() -> close(connection), closers))
				.toArray(CompletableFuture[]::new))
				.get(CLOSE_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			logger.debug("Closing the WsClient's connections did not complete", ex);
		}
		finally {
			closers.shutdownNow();
		}
	}

	private static void close(ClientConnection connection) {
		try {
			connection.close(CloseFrame.GOING_AWAY.status(), REASON, CLOSE_TIMEOUT);
		}
		catch (WebSocketException ex) {
			// Closed already, closing, or dropped without the server's answer.
			logger.debug("Connection " + connection.id() + ": " + ex.getMessage());
		}
	}

}
