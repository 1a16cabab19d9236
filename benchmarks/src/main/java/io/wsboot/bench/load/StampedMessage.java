package io.wsboot.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The messages of fan-out mode: text of a fixed size that starts with the message's sequence number and the
 * {@link System#nanoTime()} at which the writer sent it, {@value #DIGITS} hexadecimal digits each, followed by
 * printable ASCII. Writer and readers run in one JVM, so a reader takes the delivery latency from its own clock.
 */
final class StampedMessage {

	/** The smallest message: the two stamps. */
	static final int MIN_SIZE = 32;

	private static final int DIGITS = 16;

	private final int size;

	private final ByteBuf padding;

	StampedMessage(int size) {
		this.size = size;
		this.padding = Unpooled.directBuffer(size - MIN_SIZE, size - MIN_SIZE);
		for (int i = MIN_SIZE; i < size; i++) {
			this.padding.writeByte(33 + (i * 7) % 94);
		}
	}

	/**
	 * A message to send.
	 * @param sequence its sequence number, from 0
	 * @param sentAt the {@link System#nanoTime()} of sending
	 */
	TextWebSocketFrame frame(ByteBufAllocator alloc, long sequence, long sentAt) {
		ByteBuf content = alloc.directBuffer(this.size);
		writeHex(content, sequence);
		writeHex(content, sentAt);
		content.writeBytes(this.padding, 0, this.size - MIN_SIZE);
		return new TextWebSocketFrame(content);
	}

	/**
	 * Checks a received message's type and size.
	 * @return {@code null} when it is one of these messages, else what differs
	 */
	String check(WebSocketFrame frame) {
		if (!(frame instanceof TextWebSocketFrame)) {
			return "expected a text message, got " + frame.getClass().getSimpleName();
		}
		int length = frame.content().readableBytes();
		if (length != this.size) {
			return "expected " + this.size + " bytes, got " + length;
		}
		return (sequence(frame) >= 0) ? null : "the message does not start with a sequence number";
	}

	/**
	 * The sequence number of a message, or -1 when its stamp is not hexadecimal.
	 */
	static long sequence(WebSocketFrame frame) {
		return readHex(frame.content(), 0);
	}

	/**
	 * The {@link System#nanoTime()} at which a checked message was sent.
	 */
	static long sentAt(WebSocketFrame frame) {
		return readHex(frame.content(), DIGITS);
	}

	private static void writeHex(ByteBuf buffer, long value) {
		for (int shift = (DIGITS - 1) * 4; shift >= 0; shift -= 4) {
			buffer.writeByte(Character.forDigit((int) (value >>> shift) & 0xf, 16));
		}
	}

	private static long readHex(ByteBuf buffer, int offset) {
		long value = 0;
		int start = buffer.readerIndex() + offset;
		for (int i = 0; i < DIGITS; i++) {
			int digit = Character.digit(buffer.getByte(start + i), 16);
			if (digit < 0) {
				return -1;
			}
			value = (value << 4) | digit;
		}
		return value;
	}

}
