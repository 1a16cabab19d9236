package io.wsboot.websocket.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an outgoing message into frames of at most a number of bytes: text never inside a
 * character (a surrogate pair stays together), binary at the frame size.
 */
public final class Fragments {

	private Fragments() {
	}

	/**
	 * Splits text into parts whose UTF-8 encoding is at most {@code maxBytes} long.
	 * @param text the message
	 * @param maxBytes the frame size, at least 4
	 * @return the parts, one when the text fits
	 */
	public static List<String> ofText(String text, int maxBytes) {
		if (text.length() * 3L <= maxBytes) {
			return List.of(text);
		}
		List<String> parts = new ArrayList<>();
		int start = 0;
		int bytes = 0;
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			int size = Utf8.length(codePoint);
			if (bytes + size > maxBytes) {
				parts.add(text.substring(start, i));
				start = i;
				bytes = 0;
			}
			bytes += size;
			i += Character.charCount(codePoint);
		}
		parts.add(text.substring(start));
		return parts;
	}

	/**
	 * Splits binary data into parts of at most {@code maxBytes}, as views of the array.
	 * @param data the message
	 * @param maxBytes the frame size, at least 1
	 * @return the parts, one (possibly empty) when the data fits
	 */
	public static List<ByteBuffer> ofBinary(byte[] data, int maxBytes) {
		if (data.length <= maxBytes) {
			return List.of(ByteBuffer.wrap(data));
		}
		List<ByteBuffer> parts = new ArrayList<>();
		for (int offset = 0; offset < data.length; offset += maxBytes) {
			parts.add(ByteBuffer.wrap(data, offset, Math.min(maxBytes, data.length - offset)));
		}
		return parts;
	}

	/**
	 * Writes a text message in frames of at most {@code maxBytes}, in order.
	 * @param <E> what the sink may throw
	 * @param text the message
	 * @param maxBytes the frame size, at least 4
	 * @param sink where the frames go
	 * @throws E when a write fails
	 */
	public static <E extends Exception> void writeText(String text, int maxBytes, FrameSink<E> sink) throws E {
		List<String> parts = ofText(text, maxBytes);
		for (int i = 0; i < parts.size(); i++) {
			sink.text(parts.get(i), i == 0, i == parts.size() - 1);
		}
	}

	/**
	 * Writes a binary message in frames of at most {@code maxBytes}, in order.
	 * @param <E> what the sink may throw
	 * @param data the message
	 * @param maxBytes the frame size, at least 1
	 * @param sink where the frames go
	 * @throws E when a write fails
	 */
	public static <E extends Exception> void writeBinary(byte[] data, int maxBytes, FrameSink<E> sink) throws E {
		List<ByteBuffer> parts = ofBinary(data, maxBytes);
		for (int i = 0; i < parts.size(); i++) {
			sink.binary(parts.get(i), i == 0, i == parts.size() - 1);
		}
	}

}
