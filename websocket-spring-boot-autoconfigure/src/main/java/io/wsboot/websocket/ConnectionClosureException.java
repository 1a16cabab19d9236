package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * The connection is closing or closed, or the close handshake failed.
 */
public class ConnectionClosureException extends ConnectionException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public ConnectionClosureException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public ConnectionClosureException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
