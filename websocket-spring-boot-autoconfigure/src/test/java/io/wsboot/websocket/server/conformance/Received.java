package io.wsboot.websocket.server.conformance;

/**
 * What a {@link RawFrameClient} read from the server: a whole message, a control frame, or the end
 * of the stream. Its {@code toString} gives sizes, never whole payloads.
 */
sealed interface Received {

	/** A close frame's code when it had no payload; RFC 6455 §7.4.1 keeps 1005 off the wire. */
	int NO_STATUS = 1005;

	/**
	 * A whole data message, inflated when it came compressed.
	 *
	 * @param opcode {@link Frame#TEXT} or {@link Frame#BINARY}
	 * @param payload the joined (and inflated) payload
	 * @param frames how many frames carried it
	 */
	record Message(int opcode, byte[] payload, int frames) implements Received {

		@Override
		public String toString() {
			return ((this.opcode == Frame.TEXT) ? "text" : "binary") + " message of " + this.payload.length
					+ " bytes in " + this.frames + " frame(s)";
		}

	}

	/**
	 * A ping or a pong.
	 *
	 * @param opcode {@link Frame#PING} or {@link Frame#PONG}
	 * @param payload its payload
	 */
	record Control(int opcode, byte[] payload) implements Received {

		@Override
		public String toString() {
			return ((this.opcode == Frame.PING) ? "ping" : "pong") + " of " + this.payload.length + " bytes";
		}

	}

	/**
	 * A close frame.
	 *
	 * @param code its status code, {@link #NO_STATUS} when it had none
	 * @param reason its reason, decoded leniently
	 */
	record Close(int code, String reason) implements Received {

		@Override
		public String toString() {
			return "close " + this.code + " '" + this.reason + "'";
		}

	}

	/** The server closed the TCP connection without (further) frames. */
	record Eof() implements Received {

		@Override
		public String toString() {
			return "end of stream without a close frame";
		}

	}

}
