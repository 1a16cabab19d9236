package io.wsboot.websocket.server.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One frame as a client writes it (RFC 6455 §5.2), valid or not: any flags, opcode and length
 * encoding, masked with a fresh key.
 *
 * @param fin whether the frame ends its message
 * @param rsv the three reserved bits, RSV1 as 4, RSV2 as 2, RSV3 as 1
 * @param opcode the opcode, 0 to 15
 * @param payload the unmasked payload
 * @param length how the payload length is written
 */
record Frame(boolean fin, int rsv, int opcode, byte[] payload, Length length) {

	static final int CONTINUATION = 0x0;

	static final int TEXT = 0x1;

	static final int BINARY = 0x2;

	static final int CLOSE = 0x8;

	static final int PING = 0x9;

	static final int PONG = 0xA;

	static final int RSV1 = 4;

	static final int RSV2 = 2;

	static final int RSV3 = 1;

	/** The ways of writing a payload length: the minimal one, or forced to 16 or 64 bits. */
	enum Length {

		MINIMAL, SIXTEEN_BITS, SIXTY_FOUR_BITS

	}

	static Frame of(boolean fin, int opcode, byte[] payload) {
		return new Frame(fin, 0, opcode, payload, Length.MINIMAL);
	}

	static Frame text(String text) {
		return of(true, TEXT, text.getBytes(StandardCharsets.UTF_8));
	}

	Frame withRsv(int bits) {
		return new Frame(this.fin, bits, this.opcode, this.payload, this.length);
	}

	Frame withLength(Length encoding) {
		return new Frame(this.fin, this.rsv, this.opcode, this.payload, encoding);
	}

	/** The bytes on the wire, masked. */
	byte[] encode() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(this.payload.length + 14);
		out.write((this.fin ? 0x80 : 0) | (this.rsv << 4) | this.opcode);
		Length encoding = (this.length != Length.MINIMAL) ? this.length
				: (this.payload.length < 126) ? Length.MINIMAL
						: (this.payload.length < 65536) ? Length.SIXTEEN_BITS : Length.SIXTY_FOUR_BITS;
		switch (encoding) {
			case MINIMAL -> out.write(0x80 | this.payload.length);
			case SIXTEEN_BITS -> {
				out.write(0x80 | 126);
				writeBigEndian(out, this.payload.length, 2);
			}
			case SIXTY_FOUR_BITS -> {
				out.write(0x80 | 127);
				writeBigEndian(out, this.payload.length, 8);
			}
		}
		byte[] mask = new byte[4];
		ThreadLocalRandom.current().nextBytes(mask);
		out.writeBytes(mask);
		byte[] masked = new byte[this.payload.length];
		for (int i = 0; i < masked.length; i++) {
			masked[i] = (byte) (this.payload[i] ^ mask[i & 3]);
		}
		out.writeBytes(masked);
		return out.toByteArray();
	}

	private static void writeBigEndian(ByteArrayOutputStream out, long value, int bytes) {
		for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
			out.write((int) (value >>> shift) & 0xFF);
		}
	}

}
