package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * TLS failed: an untrusted certificate, a handshake failure or bad key material.
 */
public class SslException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public SslException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public SslException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
