package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * A payload could not be converted to or from the requested Java type.
 */
public class PayloadBindingException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public PayloadBindingException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public PayloadBindingException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
