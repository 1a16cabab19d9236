package io.wsboot.websocket;

/**
 * Marker for an object that receives the events of one WebSocket connection.
 *
 * <p>Methods are found by name when the application starts and are called with parameters matched
 * by type; {@link Caller} may appear anywhere or not at all:
 * <ul>
 * <li>{@code onOpen(Caller)} once the handshake has completed;</li>
 * <li>{@code onTextMessage(Caller, T)}, {@code onBinaryMessage(Caller, T)} or, instead of both,
 * {@code onMessage(Caller, T)} for each complete message, the payload bound to {@code T}
 * ({@code String}, {@code byte[]}, primitives, records, collections, Jackson {@code JsonNode}, ...);</li>
 * <li>{@code onPing(Caller, byte[])} and {@code onPong(Caller, byte[])} for control frames; without
 * {@code onPing} pings are answered automatically with the same payload;</li>
 * <li>{@code onIdleTimeout(Caller)} when the connection has been idle for the configured time;</li>
 * <li>{@code onClose(Caller, int, String)} when the peer starts the close handshake (1005 when its
 * frame had no code, 1006 when the connection dropped without one);</li>
 * <li>{@code onError(Caller, WebSocketException)} when something failed.</li>
 * </ul>
 * A value returned from a message method is sent back: {@code String} as text, {@code byte[]} as
 * binary (from {@code onPing}: as the pong), {@link CloseFrame} as a close handshake,
 * {@code Stream} or {@code Iterable} as one message per element, any other object as JSON text.
 * The methods of one connection are called one at a time, in the order the messages arrived.
 *
 * @see UpgradeService
 * @see WebSocketService
 */
public interface Service {

}
