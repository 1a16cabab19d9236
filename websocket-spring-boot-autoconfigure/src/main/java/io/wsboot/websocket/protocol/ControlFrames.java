package io.wsboot.websocket.protocol;

/**
 * The rule of RFC 6455 §5.5 for the control frames an application sends: a payload of at most 125
 * bytes.
 */
public final class ControlFrames {

	/** The largest payload of a ping, pong or close frame. */
	public static final int MAX_PAYLOAD = 125;

	private ControlFrames() {
	}

	/**
	 * Checks the payload of a ping or pong before it is sent.
	 * @param frame the frame's name, {@code "Ping"} or {@code "Pong"}
	 * @param data the payload
	 * @return the payload
	 * @throws IllegalArgumentException when it is larger than 125 bytes
	 */
	public static byte[] checkPayload(String frame, byte[] data) {
		if (data.length > MAX_PAYLOAD) {
			throw new IllegalArgumentException(
					frame + " payload must be at most " + MAX_PAYLOAD + " bytes but was " + data.length);
		}
		return data;
	}

}
