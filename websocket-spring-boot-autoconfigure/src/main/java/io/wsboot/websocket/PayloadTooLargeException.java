package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * A frame or message was larger than the configured limit (close code 1009).
 */
public class PayloadTooLargeException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public PayloadTooLargeException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public PayloadTooLargeException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
