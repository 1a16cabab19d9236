package io.wsboot.websocket.server.reactive;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionDecoder;
import io.netty.util.ReferenceCountUtil;
import org.jspecify.annotations.Nullable;

/**
 * Rejects the frames that Netty's decoder lets through: reserved bits that no agreed extension
 * defines (RFC 6455 §5.2, RFC 7692 §6; Reactor Netty allows extensions on every connection), and
 * close frames with an invalid status code (§7.4) or a reason that is not UTF-8, which
 * {@link FrameDecoder} leaves to this guard. Sits right after the frame decoder, before any inflation.
 * A violation is raised as Netty's decoder raises its own, as a {@link CorruptedWebSocketFrameException}
 * calling for 1002 (which {@link ViolationsInOrder} turns into the connection's last frame); the
 * frame and any after it are dropped.
 */
final class FrameGuard extends ChannelInboundHandlerAdapter {

	private static final int RSV1 = 0b100;

	private static final int RSV2_RSV3 = 0b011;

	/** The highest close code RFC 6455 defines a range for: 4000–4999 are private use. */
	private static final int MAX_CLOSE_CODE = 4999;

	/** The compression agreed, which gives RSV1 its meaning. */
	private final Compression compression;

	/** Set by the first violation; touched only on the event loop. */
	private boolean violated;

	FrameGuard(Compression compression) {
		this.compression = compression;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (this.violated) {
			ReferenceCountUtil.release(msg);
			return;
		}
		String violation = (msg instanceof WebSocketFrame frame) ? violation(frame) : null;
		if (violation == null) {
			ctx.fireChannelRead(msg);
			return;
		}
		this.violated = true;
		ReferenceCountUtil.release(msg);
		ctx.fireExceptionCaught(new CorruptedWebSocketFrameException(WebSocketCloseStatus.PROTOCOL_ERROR, violation));
	}

	private @Nullable String violation(WebSocketFrame frame) {
		int rsv = frame.rsv();
		if ((rsv & RSV2_RSV3) != 0) {
			return "RSV2 or RSV3 set, which no agreed extension defines";
		}
		if ((rsv & RSV1) != 0) {
			if (this.compression == Compression.NONE) {
				return "RSV1 set without compression agreed";
			}
			if (isControl(frame)) {
				return "RSV1 set on a control frame";
			}
			if (frame instanceof ContinuationWebSocketFrame && this.compression == Compression.PER_MESSAGE) {
				return "RSV1 set on a continuation frame";
			}
		}
		return (frame instanceof CloseWebSocketFrame close) ? violation(close) : null;
	}

	/** A close frame without a body is valid; the decoder rejects a body of one byte. */
	private static @Nullable String violation(CloseWebSocketFrame close) {
		ByteBuf body = close.content();
		if (!body.isReadable()) {
			return null;
		}
		int code = close.statusCode();
		if (!WebSocketCloseStatus.isValidStatusCode(code) || code > MAX_CLOSE_CODE) {
			return "Invalid close frame status code: " + code;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(body.nioBuffer(body.readerIndex() + 2, body.readableBytes() - 2));
			return null;
		}
		catch (CharacterCodingException ex) {
			return "Close frame reason not UTF-8";
		}
	}

	/**
	 * The compression extension agreed in the handshake: permessage-deflate (RFC 7692) marks the first
	 * frame of a compressed message with RSV1, the older x-webkit-deflate-frame every compressed frame.
	 */
	enum Compression {

		NONE, PER_MESSAGE, PER_FRAME;

		/**
		 * The compression whose decoder Netty added to the pipeline; Netty keeps the decoder classes
		 * package-private, so they are told apart by name.
		 * @param pipeline the connection's pipeline, after the handshake
		 * @return the compression agreed
		 */
		static Compression of(ChannelPipeline pipeline) {
			WebSocketExtensionDecoder decoder = pipeline.get(WebSocketExtensionDecoder.class);
			if (decoder == null) {
				return NONE;
			}
			return decoder.getClass().getSimpleName().startsWith("PerFrame") ? PER_FRAME : PER_MESSAGE;
		}

	}

	private static boolean isControl(WebSocketFrame frame) {
		return frame instanceof CloseWebSocketFrame || frame instanceof PingWebSocketFrame
				|| frame instanceof PongWebSocketFrame;
	}

}
