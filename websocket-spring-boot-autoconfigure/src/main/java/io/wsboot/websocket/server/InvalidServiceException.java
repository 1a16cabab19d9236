package io.wsboot.websocket.server;

/**
 * A service or endpoint definition that wsboot cannot run: a wrong method signature, a missing or
 * duplicate path. Thrown while the application starts.
 */
public class InvalidServiceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an instance.
	 * @param message what is wrong and where
	 */
	public InvalidServiceException(String message) {
		super(message);
	}

}
