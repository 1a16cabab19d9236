package io.wsboot.websocket;

/**
 * A server connection's send buffer ({@code websocket.server.send-buffer-limit}) is full: its peer
 * reads more slowly than the application writes to it. Thrown by the write that did not fit; with
 * the {@link SendBufferOverflow#CLOSE} policy the connection is then closed with 1008 and the
 * service's {@code onError} receives this exception.
 */
public class SendBufferOverflowException extends ConnectionException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance with a message.
	 * @param message the message
	 */
	public SendBufferOverflowException(String message) {
		super(message);
	}

}
