package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * The opening handshake was refused or its response was invalid.
 */
public class InvalidHandshakeException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public InvalidHandshakeException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public InvalidHandshakeException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
