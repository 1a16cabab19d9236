package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * No message arrived in time; the connection stays usable.
 */
public class ReadTimeoutException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public ReadTimeoutException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public ReadTimeoutException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
