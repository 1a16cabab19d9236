package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * Client callbacks for control frames, set with {@link ConnectOptionsBuilder#pingPongService}.
 *
 * <p>Both methods run on the client's network thread as the frame arrives, whether or not anybody
 * is reading messages; they must not block or read from the connection. Without a
 * {@code PingPongService} every ping is answered with a pong carrying the same payload.
 */
public interface PingPongService {

	/**
	 * A ping arrived; the returned payload is sent back as the pong.
	 * @param connection the connection the ping arrived on
	 * @param data the ping's payload
	 * @return the pong's payload (at most 125 bytes), or {@code null} to send no pong (then
	 * {@link WsConnection#pong(byte[])} may be called instead); by default the ping's payload
	 */
	default byte @Nullable [] onPing(WsConnection connection, byte[] data) {
		return data;
	}

	/**
	 * A pong arrived.
	 * @param connection the connection the pong arrived on
	 * @param data the pong's payload
	 */
	default void onPong(WsConnection connection, byte[] data) {
	}

}
