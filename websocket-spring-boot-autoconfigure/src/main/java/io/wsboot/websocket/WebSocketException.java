package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * Root of every error wsboot reports; unchecked.
 */
public class WebSocketException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public WebSocketException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public WebSocketException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
