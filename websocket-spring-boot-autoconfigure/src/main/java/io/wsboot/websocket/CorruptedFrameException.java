package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

/**
 * A frame violated the WebSocket protocol.
 */
public class CorruptedFrameException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public CorruptedFrameException(String message) {
		super(message);
	}

	/**
	 * Create an instance with a message and a cause.
	 * @param message the message
	 * @param cause the cause
	 */
	public CorruptedFrameException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
