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
 * <p>Writes block at most the write timeout; with retry, a write that fails is sent once more after
 * reconnecting. Once the connection has closed, reads throw {@link ConnectionClosureException}
 * {@code "Connection already closed"} as writes do. {@code close()} waits up to 60 seconds.
 */
public interface WsConnection extends WebSocketConnection, AutoCloseable {

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
	 * Closes with 1000, waiting up to 60 seconds for the peer's close frame; does nothing when the
	 * connection is already closing or closed, so that try-with-resources never hides an error.
	 * @throws ConnectionClosureException when the peer does not answer in time
	 */
	@Override
	void close();

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
	@Override
	void close(int statusCode, @Nullable String reason, Duration timeout);

	/**
	 * An identifier of this connection, kept across reconnections.
	 * @return the id
	 */
	@Override
	String id();

	/**
	 * Whether the connection is open: no close frame sent or received, not dropped, not
	 * reconnecting.
	 * @return whether it is open
	 */
	@Override
	boolean isOpen();

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

}
