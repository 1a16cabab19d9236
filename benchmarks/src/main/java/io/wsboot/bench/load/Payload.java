package io.wsboot.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The messages of a run. Message {@code n} of a connection starts with the last (up to) 8 decimal digits of
 * {@code n} in ASCII, so a lost, repeated or reordered echo does not match; the rest is a fixed pattern (printable
 * ASCII for text, all byte values for binary) held once in a shared buffer that each message reuses as a retained
 * slice. Messages longer than the maximum frame are sent as a first frame and continuation frames.
 */
final class Payload {

	private static final int SEQUENCE_DIGITS = 8;

	/** Up to this size the pattern is copied into one buffer; above it, messages are composites of header and slice. */
	private static final int COPY_LIMIT = 4096;

	private static final int SHOWN = 16;

	private final int size;

	private final int header;

	private final boolean binary;

	private final int maxFrame;

	private final ByteBuf pattern;

	Payload(int size, boolean binary, int maxFrame) {
		this.size = size;
		this.header = Math.min(SEQUENCE_DIGITS, size);
		this.binary = binary;
		this.maxFrame = maxFrame;
		this.pattern = Unpooled.directBuffer(size, size);
		for (int i = 0; i < size; i++) {
			this.pattern.writeByte(binary ? i * 31 + 17 : 33 + (i * 7) % 94);
		}
	}

	/**
	 * Writes message {@code sequence} without flushing, as one frame or several.
	 */
	void write(ChannelHandlerContext ctx, long sequence) {
		ByteBuf message = message(ctx.alloc(), sequence);
		if (this.size <= this.maxFrame) {
			ctx.write(dataFrame(true, message), ctx.voidPromise());
			return;
		}
		ctx.write(dataFrame(false, message.retainedSlice(0, this.maxFrame)), ctx.voidPromise());
		for (int offset = this.maxFrame; offset < this.size; offset += this.maxFrame) {
			int length = Math.min(this.maxFrame, this.size - offset);
			ByteBuf fragment = message.retainedSlice(offset, length);
			ctx.write(new ContinuationWebSocketFrame(offset + length == this.size, 0, fragment), ctx.voidPromise());
		}
		message.release();
	}

	/**
	 * Checks an echo byte for byte against message {@code sequence}.
	 * @return {@code null} when it matches, else what differs
	 */
	String check(WebSocketFrame frame, long sequence) {
		boolean text = frame instanceof TextWebSocketFrame;
		if (!text && !(frame instanceof BinaryWebSocketFrame) || text == this.binary) {
			return "expected a " + (this.binary ? "binary" : "text") + " message, got "
					+ frame.getClass().getSimpleName();
		}
		ByteBuf content = frame.content();
		if (content.readableBytes() != this.size) {
			return "expected " + this.size + " bytes, got " + content.readableBytes();
		}
		int start = content.readerIndex();
		long digits = sequence;
		for (int i = this.header - 1; i >= 0; i--) {
			if (content.getByte(start + i) != '0' + digits % 10) {
				return difference(content, sequence);
			}
			digits /= 10;
		}
		if (!ByteBufUtil.equals(content, start + this.header, this.pattern, this.header, this.size - this.header)) {
			return difference(content, sequence);
		}
		return null;
	}

	private ByteBuf message(ByteBufAllocator alloc, long sequence) {
		if (this.size <= COPY_LIMIT) {
			ByteBuf message = alloc.directBuffer(this.size);
			writeSequence(message, sequence);
			return message.writeBytes(this.pattern, this.header, this.size - this.header);
		}
		ByteBuf head = alloc.directBuffer(this.header);
		writeSequence(head, sequence);
		return alloc.compositeDirectBuffer(2)
			.addComponents(true, head, this.pattern.retainedSlice(this.header, this.size - this.header));
	}

	private void writeSequence(ByteBuf buffer, long sequence) {
		int start = buffer.writerIndex();
		long digits = sequence;
		for (int i = this.header - 1; i >= 0; i--) {
			buffer.setByte(start + i, '0' + (int) (digits % 10));
			digits /= 10;
		}
		buffer.writerIndex(start + this.header);
	}

	private WebSocketFrame dataFrame(boolean last, ByteBuf content) {
		return this.binary ? new BinaryWebSocketFrame(last, 0, content) : new TextWebSocketFrame(last, 0, content);
	}

	private String difference(ByteBuf content, long sequence) {
		ByteBuf expected = message(UnpooledByteBufAllocator.DEFAULT, sequence);
		try {
			int offset = 0;
			while (content.getByte(content.readerIndex() + offset) == expected.getByte(offset)) {
				offset++;
			}
			return String.format("byte %d is 0x%02x, expected 0x%02x; the echo begins \"%s\", the message \"%s\"",
					offset, content.getByte(content.readerIndex() + offset), expected.getByte(offset), shown(content),
					shown(expected));
		}
		finally {
			expected.release();
		}
	}

	private static String shown(ByteBuf buffer) {
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < Math.min(SHOWN, buffer.readableBytes()); i++) {
			int b = buffer.getByte(buffer.readerIndex() + i) & 0xff;
			shown.append((b >= 32 && b < 127 && b != '"' && b != '\\') ? (char) b : '.');
		}
		return shown.toString();
	}

}
