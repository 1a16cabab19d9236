package io.wsboot.websocket.server.reactive;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The receiving half of permessage-deflate (RFC 7692), in place of Netty's decoder, which refuses
 * a valid compressed message when its first frame inflates to nothing yet (a message sent in many
 * small frames) and inflates without bound. Each frame of a compressed message is inflated as it
 * comes; a message that inflates past {@code max-message-size} fails with 1009 before it is held
 * in memory, and data that is not deflate with 1007.
 * <p>
 * The inflater keeps its window from message to message even when the client resets its own: the
 * client then refers to nothing before, so keeping it is always correct.
 */
final class MessageInflater extends MessageToMessageDecoder<WebSocketFrame> {

	private static final int RSV1 = 0b100;

	/** The empty stored block a sender strips from the end of each message (RFC 7692 §7.2.1). */
	private static final byte[] TAIL = { 0, 0, (byte) 0xFF, (byte) 0xFF };

	/** How much room each inflate call gets. */
	private static final int STEP = 8192;

	private final Inflater inflater = new Inflater(true);

	private final long maxMessageSize;

	/** Whether a compressed message has started and not ended. */
	private boolean inMessage;

	/** Bytes the current message has inflated to so far. */
	private long inflated;

	MessageInflater(long maxMessageSize) {
		super(WebSocketFrame.class);
		this.maxMessageSize = maxMessageSize;
	}

	@Override
	public boolean acceptInboundMessage(Object msg) throws Exception {
		if (msg instanceof ContinuationWebSocketFrame) {
			return this.inMessage;
		}
		return (msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame)
				&& (((WebSocketFrame) msg).rsv() & RSV1) != 0;
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) {
		if (!(frame instanceof ContinuationWebSocketFrame)) {
			this.inMessage = true;
			this.inflated = 0;
		}
		ByteBuf content = ctx.alloc().heapBuffer();
		try {
			inflate(frame.content().nioBuffer(), content);
			if (frame.isFinalFragment()) {
				inflate(ByteBuffer.wrap(TAIL), content);
				this.inMessage = false;
				if (this.inflater.finished()) {
					this.inflater.reset();
				}
			}
		}
		catch (RuntimeException ex) {
			content.release();
			throw ex;
		}
		int rsv = frame.rsv() & ~RSV1;
		boolean last = frame.isFinalFragment();
		out.add((frame instanceof TextWebSocketFrame) ? new TextWebSocketFrame(last, rsv, content)
				: (frame instanceof BinaryWebSocketFrame) ? new BinaryWebSocketFrame(last, rsv, content)
						: new ContinuationWebSocketFrame(last, rsv, content));
	}

	/**
	 * Inflates compressed bytes to their end: with room to write, the inflater stops only when its
	 * input is used up, at a final deflate block (after which the rest is dropped) or at a request
	 * for a dictionary, which permessage-deflate never uses.
	 */
	private void inflate(ByteBuffer compressed, ByteBuf into) {
		if (this.inflater.finished()) {
			return;
		}
		this.inflater.setInput(compressed);
		try {
			while (true) {
				into.ensureWritable(STEP);
				int written = this.inflater.inflate(into.array(), into.arrayOffset() + into.writerIndex(),
						into.writableBytes());
				into.writerIndex(into.writerIndex() + written);
				this.inflated += written;
				if (this.inflated > this.maxMessageSize) {
					throw new CorruptedWebSocketFrameException(WebSocketCloseStatus.MESSAGE_TOO_BIG,
							"Max message size of " + this.maxMessageSize + " bytes has been exceeded.");
				}
				if (written == 0) {
					if (this.inflater.needsDictionary()) {
						throw invalid("it asks for a preset dictionary");
					}
					return;
				}
			}
		}
		catch (DataFormatException ex) {
			throw invalid(ex.getMessage());
		}
	}

	private static CorruptedWebSocketFrameException invalid(String why) {
		return new CorruptedWebSocketFrameException(WebSocketCloseStatus.INVALID_PAYLOAD_DATA,
				"Compressed message is not valid deflate data: " + why);
	}

	@Override
	public void handlerRemoved(ChannelHandlerContext ctx) {
		this.inflater.end();
	}

}
