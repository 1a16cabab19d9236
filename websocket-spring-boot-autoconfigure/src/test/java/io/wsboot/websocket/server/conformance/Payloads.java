package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Test payloads of an exact size in bytes, of one kind and one shape, the same for the same
 * arguments: a repeated byte (the most compressible), random (the least) or JSON-shaped.
 */
final class Payloads {

	private Payloads() {
	}

	/** What a payload is: ASCII text, text with characters of two to four UTF-8 bytes, or binary. */
	enum Kind {

		ASCII_TEXT(Frame.TEXT), MULTI_BYTE_TEXT(Frame.TEXT), BINARY(Frame.BINARY);

		final int opcode;

		Kind(int opcode) {
			this.opcode = opcode;
		}

	}

	/** How a payload is filled. */
	enum Shape {

		REPEATED, RANDOM, JSON

	}

	/** A payload of exactly {@code size} bytes; text kinds are valid UTF-8. */
	static byte[] of(Kind kind, Shape shape, int size) {
		return switch (shape) {
			case REPEATED -> repeated(kind, size);
			case RANDOM -> random(kind, size);
			case JSON -> json((kind == Kind.MULTI_BYTE_TEXT) ? "Zoë € 中文 𝄞" : "item", size);
		};
	}

	private static byte[] repeated(Kind kind, int size) {
		if (kind == Kind.MULTI_BYTE_TEXT) {
			return padded(new StringBuilder("€".repeat(size / 3)), size);
		}
		byte[] payload = new byte[size];
		Arrays.fill(payload, (byte) 'b');
		return payload;
	}

	private static byte[] random(Kind kind, int size) {
		Random random = new Random(size);
		byte[] payload = new byte[size];
		switch (kind) {
			case BINARY -> random.nextBytes(payload);
			case ASCII_TEXT -> {
				for (int i = 0; i < size; i++) {
					payload[i] = (byte) (0x20 + random.nextInt(0x5F));
				}
			}
			case MULTI_BYTE_TEXT -> {
				return randomMultiByte(random, size);
			}
		}
		return payload;
	}

	private static byte[] randomMultiByte(Random random, int size) {
		int[][] ranges = { { 0x20, 0x7E }, { 0xA0, 0x7FF }, { 0x4E00, 0x9FFF }, { 0x1F300, 0x1F5FF } };
		StringBuilder text = new StringBuilder();
		int bytes = 0;
		while (bytes <= size - 4) {
			int kind = random.nextInt(ranges.length);
			text.appendCodePoint(ranges[kind][0] + random.nextInt(ranges[kind][1] - ranges[kind][0] + 1));
			bytes += kind + 1;
		}
		return padded(text, size);
	}

	private static byte[] json(String name, int size) {
		StringBuilder json = new StringBuilder("[");
		int length = 2;
		for (int id = 0;; id++) {
			String item = ((id > 0) ? "," : "") + "{\"id\":" + id + ",\"name\":\"" + name + " " + id
					+ "\",\"price\":" + (id % 97) + ".5,\"tags\":[\"new\",\"sale\"],\"stock\":" + (id % 3 == 0) + "}";
			length += item.getBytes(StandardCharsets.UTF_8).length;
			if (length > size) {
				break;
			}
			json.append(item);
		}
		return padded(json.append(']'), size);
	}

	/** The text's bytes, padded with spaces (JSON whitespace) to {@code size}, or cut to it for tiny sizes. */
	private static byte[] padded(StringBuilder text, int size) {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		if (bytes.length > size) {
			byte[] spaces = new byte[size];
			Arrays.fill(spaces, (byte) ' ');
			return spaces;
		}
		byte[] payload = Arrays.copyOf(bytes, size);
		Arrays.fill(payload, bytes.length, size, (byte) ' ');
		return payload;
	}

}
