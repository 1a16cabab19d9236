package io.wsboot.bench.load;

/**
 * A failed run: a bad argument, a handshake that failed, a lost or wrong message, or an exception. Its message
 * becomes the {@code FAILED <reason>} line.
 */
final class LoadFailure extends Exception {

	private static final long serialVersionUID = 1L;

	LoadFailure(String reason) {
		super(reason);
	}

	/**
	 * A short description of a cause: its message, or its class name when it has none.
	 */
	static String describe(Throwable cause) {
		String message = cause.getMessage();
		return (message != null) ? message : cause.getClass().getSimpleName();
	}

}
