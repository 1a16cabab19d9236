package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * A bound payload failed Bean Validation.
 */
public class PayloadValidationException extends PayloadBindingException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public PayloadValidationException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public PayloadValidationException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
