package io.wsboot.websocket;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A client WebSocket connection opened by {@link WsClient#connect(String)}: blocking reads and
 * writes, safe to call from any thread.
 *
 * <p>Incoming messages wait in a bounded queue, in the order they arrived, until a {@code read*}
 * method takes them; fragmented messages are put together first. While the queue is full the
 * client stops reading from the socket, so a slow reader slows the peer down instead of growing
 * memory. Pings are answered and a close started by the peer is answered as the frames arrive,
 * whether or not anybody is reading.
 *
 * <p>Writes block until the message is handed to the network (at most the write timeout) and never
 * interleave: messages longer than the maximum frame size are sent as fragments of at most that many
 * bytes, text never split inside a character.
 *
 * <p>Once this side has sent a close frame, writes throw {@link ConnectionClosureException}
 * ({@code "Close frame already sent. Cannot push text data!"}); once the connection has closed,
 * reads and writes throw {@link ConnectionClosureException} {@code "Connection already closed"}.
 */
public interface WsConnection extends AutoCloseable {

	/**
	 * Sends a text message, fragmented at the maximum frame size.
	 * @param text the message
	 * @throws ConnectionClosureException when closing or closed
	 * @throws WriteTimeoutException when the write does not complete in time (the connection is
	 * then dropped, as the peer may have received part of the message)
	 * @throws ConnectionException when the write fails (and, with retry, fails again after
	 * reconnecting)
	 */
	void writeTextMessage(String text);

	/**
	 * Sends a binary message, fragmented at the maximum frame size.
	 * @param data the message
	 * @throws ConnectionClosureException when closing or closed
	 * @throws WriteTimeoutException when the write does not complete in time
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
	 * Takes the next message, which must be text; blocks until one arrives or the read timeout ends.
	 * @return the message
	 * @throws WebSocketException when the next message is binary; it stays queued for the next read
	 * @throws ReadTimeoutException when nothing arrived in time; the connection stays usable
	 * @throws ConnectionClosureException when the connection closes: {@code "<reason>: Status code:
	 * <code>"} for the read that meets the peer's close, {@code "Connection already closed"} after
	 * @throws PayloadTooLargeException when a frame larger than the maximum frame size arrived
	 */
	String readTextMessage();

	/**
	 * Takes the next message, which must be binary; blocks like {@link #readTextMessage()}.
	 * @return the message
	 * @throws WebSocketException when the next message is text; it stays queued for the next read
	 * @throws ReadTimeoutException when nothing arrived in time
	 * @throws ConnectionClosureException when the connection closes
	 */
	byte[] readBinaryMessage();

	/**
	 * Takes the next message of either kind; blocks like {@link #readTextMessage()}.
	 * @return a {@code String} for text, a {@code byte[]} for binary
	 * @throws ReadTimeoutException when nothing arrived in time
	 * @throws ConnectionClosureException when the connection closes
	 */
	Object readMessage();

	/**
	 * Takes the next message and binds it: text is read as JSON unless the type is {@code String},
	 * binary is passed as is to {@code byte[]} and read as UTF-8 JSON otherwise.
	 * @param <T> the type
	 * @param type the type
	 * @return the value
	 * @throws PayloadBindingException {@code "data binding failed: …"} when the message does not fit;
	 * the message is consumed
	 * @throws ReadTimeoutException when nothing arrived in time
	 * @throws ConnectionClosureException when the connection closes
	 */
	<T> T readMessage(Class<T> type);

	/**
	 * Takes the next message and binds it to a generic type, as {@link #readMessage(Class)}.
	 * @param <T> the type
	 * @param type the type, such as {@code new TypeRef<List<Order>>() {}}
	 * @return the value
	 * @throws PayloadBindingException when the message does not fit; the message is consumed
	 */
	<T> T readMessage(TypeRef<T> type);

	/**
	 * Sends a ping frame; the pong reaches {@link PingPongService#onPong}.
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
	 * Closes with 1000, waiting up to 60 seconds for the peer's close frame; does nothing when the
	 * connection is already closing or closed, so that try-with-resources never hides an error.
	 * @throws ConnectionClosureException when the peer does not answer in time
	 */
	@Override
	void close();

	/**
	 * Closes with the given code and reason, waiting up to 60 seconds for the peer's close frame.
	 * @param statusCode the status code
	 * @param reason the reason, or {@code null} for none
	 * @see #close(int, String, Duration)
	 */
	void close(int statusCode, @Nullable String reason);

	/**
	 * Sends a close frame and waits for the peer's; when none arrives in time the connection is
	 * dropped and {@link ConnectionClosureException} is thrown. Queued messages are discarded and a
	 * read blocked in another thread ends with {@link ConnectionClosureException}
	 * {@code "Connection closed"}.
	 * @param statusCode 1000–1003, 1007–1011 or 3000–4999
	 * @param reason the reason, or {@code null} for none; cut to fit the 125-byte frame
	 * @param timeout how long to wait for the peer
	 * @throws ConnectionClosureException for an invalid status code ({@code "Failed to execute close.
	 * Invalid status code: <code>"}), a second close, a closed connection, or no answer in time
	 * @throws WebSocketException for a negative timeout
	 */
	void close(int statusCode, @Nullable String reason, Duration timeout);

	/**
	 * An identifier of this connection, kept across reconnections.
	 * @return the id
	 */
	String id();

	/**
	 * Whether the connection is open: no close frame sent or received, not dropped, not
	 * reconnecting.
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
	 * The headers of the server's handshake response (of the latest reconnection, with retry).
	 * @return the headers, names as the server sent them; never {@code null}
	 */
	Map<String, List<String>> handshakeResponseHeaders();

	/**
	 * One header of the server's handshake response, matched without regard to case.
	 * @param name the name
	 * @return the first value, or {@code null} when absent
	 */
	@Nullable String handshakeResponseHeader(String name);

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
