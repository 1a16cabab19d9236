package io.wsboot.websocket;

/**
 * Thrown from {@link UpgradeService#get(HandshakeRequest)} to refuse a handshake: the client gets
 * {@link #status()} with the message as the response body.
 */
public class UpgradeException extends WebSocketException {

	private static final long serialVersionUID = 1L;

	private final int status;

	/**
	 * Refuse with {@code 400 Bad Request}.
	 * @param message the response body
	 */
	public UpgradeException(String message) {
		this(400, message);
	}

	/**
	 * Refuse with the given status.
	 * @param status an HTTP status from 400 to 599; other values mean 400
	 * @param message the response body
	 */
	public UpgradeException(int status, String message) {
		super(message);
		this.status = (status >= 400 && status <= 599) ? status : 400;
	}

	/**
	 * The HTTP status of the refusal.
	 * @return a status from 400 to 599
	 */
	public int status() {
		return this.status;
	}

}
