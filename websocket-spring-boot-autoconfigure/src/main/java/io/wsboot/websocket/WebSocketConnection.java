package io.wsboot.websocket;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What both ends of a WebSocket connection can do: write messages and control frames, close, and
 * keep values of their own. The server's {@link Caller} and the client's {@link WsConnection} are
 * both one.
 *
 * <p>Every method is safe to call from any thread. Writes never interleave: a message longer than
 * the maximum frame size is sent as fragments of at most that many bytes, text never split inside a
 * character. On the client, and on the server from one of the connection's own service methods,
 * a write returns once the message is handed to the network; a {@link Caller} written from any
 * other thread queues the message in the connection's bounded send buffer and returns at once (see
 * {@link SendBufferOverflowException}). Once this side has sent a close frame, writes throw
 * {@link ConnectionClosureException} ({@code "Close frame already sent. Cannot push text data!"});
 * once the connection has closed, they throw {@link ConnectionClosureException}
 * {@code "Connection already closed"}.
 */
public interface WebSocketConnection {

	/**
	 * Sends a text message.
	 * @param text the message
	 * @throws ConnectionClosureException when closing or closed
	 * @throws WriteTimeoutException when the write does not complete in time (the connection is
	 * then dropped, as the peer may have received part of the message)
	 * @throws SendBufferOverflowException when a server connection's send buffer is full
	 * @throws ConnectionException when the write fails
	 */
	void writeTextMessage(String text);

	/**
	 * Sends a binary message.
	 * @param data the message
	 * @throws ConnectionClosureException when closing or closed
	 * @throws WriteTimeoutException when the write does not complete in time
	 * @throws SendBufferOverflowException when a server connection's send buffer is full
	 * @throws ConnectionException when the write fails
	 */
	void writeBinaryMessage(byte[] data);

	/**
	 * Sends a value: a {@code String} as text, a {@code byte[]} as binary, anything else as JSON text.
	 * @param message the value
	 * @throws PayloadBindingException when the value cannot be written as JSON
	 * @throws ConnectionClosureException when closing or closed
	 */
	void writeMessage(Object message);

	/**
	 * Sends a ping frame.
	 * @param data the payload, at most 125 bytes
	 * @throws IllegalArgumentException when the payload is larger than 125 bytes
	 * @throws ConnectionClosureException when closing or closed
	 */
	void ping(byte[] data);

	/**
	 * Sends a pong frame.
	 * @param data the payload, at most 125 bytes
	 * @throws IllegalArgumentException when the payload is larger than 125 bytes
	 * @throws ConnectionClosureException when closing or closed
	 */
	void pong(byte[] data);

	/**
	 * Closes with 1000 and no reason, waiting for the peer's close frame as long as
	 * {@link #close(int, String, Duration)} does by default.
	 */
	void close();

	/**
	 * Closes with the given code and reason, waiting for the peer's close frame as long as
	 * {@link #close(int, String, Duration)} does by default.
	 * @param statusCode the status code
	 * @param reason the reason, or {@code null} for none
	 */
	void close(int statusCode, @Nullable String reason);

	/**
	 * Sends a close frame and waits for the peer's; when none arrives in time the connection is
	 * dropped and {@link ConnectionClosureException} is thrown.
	 * @param statusCode 1000–1003, 1007–1011 or 3000–4999
	 * @param reason the reason, or {@code null} for none; cut to fit the 125-byte frame
	 * @param timeout how long to wait for the peer
	 * @throws ConnectionClosureException for an invalid status code ({@code "Failed to execute close.
	 * Invalid status code: <code>"}), a second close, or no answer in time
	 * @throws WebSocketException for a negative timeout
	 */
	void close(int statusCode, @Nullable String reason, Duration timeout);

	/**
	 * An identifier of this connection.
	 * @return the id
	 */
	String id();

	/**
	 * Whether the connection is open: no close frame sent or received, not dropped.
	 * @return whether it is open
	 */
	boolean isOpen();

	/**
	 * Whether the connection runs over TLS ({@code wss://}).
	 * @return whether it is secure
	 */
	boolean isSecure();

	/**
	 * The sub-protocol agreed in the handshake.
	 * @return the sub-protocol, or {@code null} when none
	 */
	@Nullable String negotiatedSubProtocol();

	/**
	 * Stores a value on this connection.
	 * @param name the name
	 * @param value the value
	 */
	void setAttribute(String name, Object value);

	/**
	 * Returns a value stored on this connection.
	 * @param name the name
	 * @return the value, or {@code null} when absent
	 */
	@Nullable Object getAttribute(String name);

	/**
	 * Removes a value stored on this connection.
	 * @param name the name
	 * @return the value removed, or {@code null} when absent
	 */
	@Nullable Object removeAttribute(String name);

}
