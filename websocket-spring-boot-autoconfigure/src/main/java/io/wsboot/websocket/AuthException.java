package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * Credentials could not be added to the handshake, or authentication was refused.
 */
public class AuthException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public AuthException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public AuthException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
