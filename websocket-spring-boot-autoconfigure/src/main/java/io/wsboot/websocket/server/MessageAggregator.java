package io.wsboot.websocket.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.wsboot.websocket.PayloadTooLargeException;
import io.wsboot.websocket.protocol.Utf8;
import org.jspecify.annotations.Nullable;

/**
 * Joins the parts of one connection's messages as the transport hands them over, and enforces the
 * message size limit in UTF-8 bytes for text and in bytes for binary. A whole message that comes in
 * one part is passed through without copying, and without counting its bytes when even three bytes
 * a character would fit. Not thread safe: the transport calls it from one thread at a time.
 */
final class MessageAggregator {

	private final long maxMessageSize;

	/** The text received so far of an unfinished text message, null between messages. */
	private @Nullable StringBuilder text;

	/** UTF-8 size of {@link #text}. */
	private long textBytes;

	/** The bytes received so far of an unfinished binary message, null between messages. */
	private byte @Nullable [] binary;

	/** Count of valid bytes in {@link #binary}. */
	private int binaryLength;

	MessageAggregator(long maxMessageSize) {
		this.maxMessageSize = maxMessageSize;
	}

	/**
	 * Adds a part of a text message.
	 * @param part the part
	 * @param last whether it ends the message
	 * @return the whole message when {@code last}, else {@code null}
	 * @throws PayloadTooLargeException when the message grows over the limit
	 */
	@Nullable String text(String part, boolean last) {
		if (this.text == null && last && part.length() * 3L <= this.maxMessageSize) {
			return part;
		}
		long bytes = this.textBytes + Utf8.length(part);
		checkLimit(bytes);
		if (this.text == null) {
			if (last) {
				return part;
			}
			this.text = new StringBuilder(part);
			this.textBytes = bytes;
			return null;
		}
		this.text.append(part);
		this.textBytes = bytes;
		if (!last) {
			return null;
		}
		String message = this.text.toString();
		this.text = null;
		this.textBytes = 0;
		return message;
	}

	/**
	 * Adds a part of a binary message.
	 * @param part the part, read to its end
	 * @param last whether it ends the message
	 * @return the whole message when {@code last}, else {@code null}
	 * @throws PayloadTooLargeException when the message grows over the limit
	 */
	byte @Nullable [] binary(ByteBuffer part, boolean last) {
		checkLimit((long) this.binaryLength + part.remaining());
		int size = this.binaryLength + part.remaining();
		if (this.binary == null && last) {
			byte[] message = new byte[part.remaining()];
			part.get(message);
			return message;
		}
		if (this.binary == null) {
			this.binary = new byte[Math.max(size, 1024)];
		}
		else if (this.binary.length < size) {
			this.binary = Arrays.copyOf(this.binary, (int) Math.min(this.maxMessageSize,
					Math.max(size, (long) this.binary.length * 2)));
		}
		part.get(this.binary, this.binaryLength, part.remaining());
		this.binaryLength = size;
		if (!last) {
			return null;
		}
		byte[] message = Arrays.copyOf(this.binary, size);
		this.binary = null;
		this.binaryLength = 0;
		return message;
	}

	/**
	 * Adds a part of a text message received as UTF-8 bytes, which may end inside a character.
	 * @param part the bytes, read to their end
	 * @param last whether they end the message
	 * @return the whole decoded message when {@code last}, else {@code null}
	 * @throws PayloadTooLargeException when the message grows over the limit
	 */
	@Nullable String textBytes(ByteBuffer part, boolean last) {
		byte[] message = binary(part, last);
		return (message != null) ? new String(message, StandardCharsets.UTF_8) : null;
	}

	private void checkLimit(long size) {
		if (size > this.maxMessageSize) {
			this.text = null;
			this.textBytes = 0;
			this.binary = null;
			this.binaryLength = 0;
			throw new PayloadTooLargeException(
					"Max message size of " + this.maxMessageSize + " bytes has been exceeded.");
		}
	}

}
