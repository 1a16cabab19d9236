package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * The opening handshake did not complete in time.
 */
public class HandshakeTimeoutException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public HandshakeTimeoutException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public HandshakeTimeoutException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
