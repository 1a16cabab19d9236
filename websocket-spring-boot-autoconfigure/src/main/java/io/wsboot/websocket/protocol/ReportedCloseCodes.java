package io.wsboot.websocket.protocol;

/**
 * Close status codes that RFC 6455 §7.4.1 reserves for reporting a close, never sent in a close
 * frame.
 */
public final class ReportedCloseCodes {

	/** The connection ended without a close frame. */
	public static final int ABNORMAL_CLOSURE = 1006;

	private ReportedCloseCodes() {
	}

}
