package io.wsboot.websocket;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A close frame to send: return one from a {@link Service} method to close the connection with
 * that status and reason.
 *
 * <p>Status codes follow RFC 6455 §7.4: 1000–1003, 1007–1011 and 3000–4999 may be sent; 1004,
 * 1005, 1006 and 1015 are reserved and never sent.
 */
public final class CloseFrame {

	/** 1000: the purpose for which the connection was established has been fulfilled. */
	public static final CloseFrame NORMAL_CLOSURE = new CloseFrame(1000, null);

	/** 1001: an endpoint is going away, such as a server going down. */
	public static final CloseFrame GOING_AWAY = new CloseFrame(1001, null);

	/** 1002: the connection is terminated due to a protocol error. */
	public static final CloseFrame PROTOCOL_ERROR = new CloseFrame(1002, "Connection closed due to protocol error");

	/** 1003: an endpoint received a type of data it cannot accept. */
	public static final CloseFrame UNSUPPORTED_DATA = new CloseFrame(1003, "Endpoint received unsupported frame");

	/** 1007: the data of a message was not consistent with its type. */
	public static final CloseFrame INVALID_PAYLOAD = new CloseFrame(1007,
			"Payload does not match the expected format or encoding");

	/** 1008: a message violates the endpoint's policy. */
	public static final CloseFrame POLICY_VIOLATION = new CloseFrame(1008, "Received message violates its policy");

	/** 1009: a message is too big to process. */
	public static final CloseFrame MESSAGE_TOO_BIG = new CloseFrame(1009,
			"The received message exceeds the allowed size limit");

	/** 1011: the server met an unexpected condition that prevented it from fulfilling the request. */
	public static final CloseFrame INTERNAL_SERVER_ERROR = new CloseFrame(1011, "Internal server error occurred");

	private final int status;

	private final @Nullable String reason;

	private CloseFrame(int status, @Nullable String reason) {
		this.status = status;
		this.reason = reason;
	}

	/**
	 * A close frame with any status code that may be sent.
	 * @param status 1000–1003, 1007–1011 or 3000–4999
	 * @param reason the reason, or {@code null} for none
	 * @return the close frame
	 * @throws IllegalArgumentException for a status code that may not be sent
	 */
	public static CloseFrame of(int status, @Nullable String reason) {
		if (!isValidStatusCode(status)) {
			throw new IllegalArgumentException("Invalid status code: " + status);
		}
		return new CloseFrame(status, reason);
	}

	/**
	 * Whether a status code may be sent in a close frame: 1000–1003, 1007–1011 or 3000–4999.
	 * @param status the status code
	 * @return whether it is valid
	 */
	public static boolean isValidStatusCode(int status) {
		return (status >= 1000 && status <= 1003) || (status >= 1007 && status <= 1011)
				|| (status >= 3000 && status <= 4999);
	}

	/**
	 * The status code.
	 * @return the status code
	 */
	public int status() {
		return this.status;
	}

	/**
	 * The reason.
	 * @return the reason, or {@code null} for none
	 */
	public @Nullable String reason() {
		return this.reason;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof CloseFrame that && this.status == that.status
				&& Objects.equals(this.reason, that.reason));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.status, this.reason);
	}

	@Override
	public String toString() {
		return "CloseFrame[status=" + this.status + ", reason=" + this.reason + "]";
	}

}
