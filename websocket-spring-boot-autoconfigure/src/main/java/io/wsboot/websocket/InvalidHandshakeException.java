package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * The opening handshake was refused or its response was invalid.
 */
public class InvalidHandshakeException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public InvalidHandshakeException(String message) {
		this(message, 0, null);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public InvalidHandshakeException(String message, @Nullable Throwable cause) {
		this(message, 0, cause);
	}

	/**
	 * Create an instance for an HTTP answer other than 101.
	 * @param message the message
	 * @param statusCode the HTTP status of the answer
	 * @param cause the cause
	 */
	public InvalidHandshakeException(String message, int statusCode, @Nullable Throwable cause) {
		super(message, cause);
		this.statusCode = statusCode;
	}

	/**
	 * The HTTP status the server answered the handshake with.
	 * @return the status, such as 403 or 404, or 0 when the server answered 101 (for example with
	 * an unexpected sub-protocol) or not at all
	 */
	public int statusCode() {
		return this.statusCode;
	}

}
