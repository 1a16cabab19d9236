package io.wsboot.websocket.server.conformance;

import java.util.Arrays;
import java.util.Set;

/**
 * Assertions on what a {@link RawFrameClient} reads next, failing with what was seen instead, as
 * sizes and the first differing offset rather than whole payloads.
 */
final class Expect {

	private Expect() {
	}

	/** The next event is a message of this opcode equal to {@code sent}, byte for byte. */
	static void echo(RawFrameClient client, int opcode, byte[] sent) {
		Received next = client.next();
		if (!(next instanceof Received.Message message) || message.opcode() != opcode) {
			throw new AssertionError("Expected the echo of " + describe(opcode, sent) + " but got " + next);
		}
		assertSame(describe(opcode, sent), sent, message.payload());
	}

	/** Fails unless {@code received} equals {@code sent}, saying where they part. */
	static void assertSame(String what, byte[] sent, byte[] received) {
		int mismatch = Arrays.mismatch(sent, received);
		if (mismatch >= 0) {
			throw new AssertionError("Echo of " + what + " came back as " + received.length
					+ " bytes, first difference at offset " + mismatch);
		}
	}

	/** The next event is a close frame with exactly this code. */
	static Received.Close close(RawFrameClient client, int code) {
		return close(client, Set.of(code));
	}

	/** The next event is a close frame with one of these codes. */
	static Received.Close close(RawFrameClient client, Set<Integer> codes) {
		Received next = client.next();
		if (!(next instanceof Received.Close close) || !codes.contains(close.code())) {
			throw new AssertionError("Expected a close with " + codes + " but got " + next);
		}
		return close;
	}

	/** The next event is a pong carrying {@code payload}. */
	static void pong(RawFrameClient client, byte[] payload) {
		Received next = client.next();
		if (!(next instanceof Received.Control control) || control.opcode() != Frame.PONG) {
			throw new AssertionError("Expected a pong of " + payload.length + " bytes but got " + next);
		}
		assertSame("a ping of " + payload.length + " bytes", payload, control.payload());
	}

	private static String describe(int opcode, byte[] payload) {
		return ((opcode == Frame.TEXT) ? "text" : "binary") + " of " + payload.length + " bytes";
	}

}
