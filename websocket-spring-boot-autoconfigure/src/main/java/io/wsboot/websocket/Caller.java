package io.wsboot.websocket;

import java.security.Principal;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The server side of one WebSocket connection, handed to {@link Service} methods. Its id is unique
 * within the server, and {@code close()} waits up to the service's connection closure timeout.
 * Written from its own service methods, a message goes straight to the network; written from any
 * other thread, such as a broadcast, it waits in the connection's send buffer
 * ({@code websocket.server.send-buffer-limit}), so that the writer never waits for a slow peer.
 */
public interface Caller extends WebSocketConnection {

	/**
	 * Sends a close frame and waits for the peer's close frame; when none arrives in time the
	 * connection is dropped and {@link ConnectionClosureException} is thrown. Called from a
	 * {@link Service} method of this connection, it does not wait (the peer's answer is read only
	 * after the method returns); the timeout is enforced in the background.
	 * @param statusCode 1000–1003, 1007–1011 or 3000–4999
	 * @param reason the reason, or {@code null} for none; cut to fit the 125-byte frame
	 * @param timeout how long to wait for the peer
	 * @throws ConnectionClosureException for an invalid status code, a second close, or no answer in
	 * time
	 * @throws WebSocketException for a negative timeout
	 */
	@Override
	void close(int statusCode, @Nullable String reason, Duration timeout);

	/**
	 * The user the handshake was authenticated as: with Spring Security, its
	 * {@code Authentication}, which is also in the {@code SecurityContextHolder} while this
	 * connection's service methods run, on whatever thread they run.
	 * @return the principal, or {@code null} when the handshake was not authenticated
	 */
	@Nullable Principal principal();

}
