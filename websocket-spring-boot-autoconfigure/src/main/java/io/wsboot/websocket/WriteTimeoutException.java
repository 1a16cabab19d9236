package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * A message could not be written in time.
 */
public class WriteTimeoutException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public WriteTimeoutException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public WriteTimeoutException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
