package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * The connection failed: it could not be opened, an I/O error occurred, or retries ran out.
 */
public class ConnectionException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public ConnectionException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public ConnectionException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
