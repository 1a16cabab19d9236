package io.wsboot.websocket.protocol;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Close-frame reason texts: the standard ones and the cut that keeps a frame within RFC 6455's
 * 125-byte control-frame payload.
 */
public final class CloseReasons {

	/** Reason sent with 1011 when a service method throws. */
	public static final String UNEXPECTED_CONDITION = "Unexpected condition";

	/** A close payload is the 2-byte code plus the reason, at most 125 bytes together (RFC 6455 §5.5). */
	static final int MAX_REASON_BYTES = ControlFrames.MAX_PAYLOAD - 2;

	/** Prefix of binding errors and of the reason of the 1003 close they cause. */
	public static final String BINDING_FAILED = "data binding failed: ";

	private static final String ELLIPSIS = "...";

	private CloseReasons() {
	}

	/**
	 * The reason to close with when a payload could not be bound: the binding error's message,
	 * shortened as the reference does, a detail (what follows {@code "data binding failed: "}) longer
	 * than 100 characters cut to its first 80 and {@code "..."}.
	 * @param message the binding error's message, which starts with {@link #BINDING_FAILED}
	 * @return the reason
	 */
	public static String bindingFailed(String message) {
		int detailLength = message.length() - BINDING_FAILED.length();
		if (detailLength <= 100 && fit(message).length() == message.length()) {
			return message;
		}
		int end = BINDING_FAILED.length() + Math.min(80, detailLength);
		if (Character.isHighSurrogate(message.charAt(end - 1))) {
			end--;
		}
		return cut(message.substring(0, end), MAX_REASON_BYTES - ELLIPSIS.length()) + ELLIPSIS;
	}

	/**
	 * Cuts a reason to at most 123 UTF-8 bytes without splitting a character.
	 * @param reason the reason, or {@code null}
	 * @return the reason, cut when needed; empty for {@code null}
	 */
	public static String fit(@Nullable String reason) {
		return (reason != null) ? cut(reason, MAX_REASON_BYTES) : "";
	}

	private static String cut(String reason, int maxBytes) {
		if (reason.length() * 3 <= maxBytes || reason.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
			return reason;
		}
		int bytes = 0;
		int end = 0;
		while (end < reason.length()) {
			int codePoint = reason.codePointAt(end);
			int size = Utf8.length(codePoint);
			if (bytes + size > maxBytes) {
				break;
			}
			bytes += size;
			end += Character.charCount(codePoint);
		}
		return reason.substring(0, end);
	}

}
