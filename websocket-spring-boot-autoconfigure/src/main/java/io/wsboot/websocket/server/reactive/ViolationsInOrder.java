package io.wsboot.websocket.server.reactive;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.util.ReferenceCountUtil;

/**
 * The last of wsboot's handlers before Reactor Netty's: turns a protocol violation that a decoder
 * or check before it raised into a {@link ProtocolViolation} that follows the frames read before
 * it, and drops whatever is read after. Netty and Reactor Netty would close the connection at once
 * instead, ahead of the answers to those frames.
 */
final class ViolationsInOrder extends ChannelInboundHandlerAdapter {

	/** Set by the first violation; touched only on the event loop. */
	private boolean violated;

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (this.violated) {
			ReferenceCountUtil.release(msg);
			return;
		}
		ctx.fireChannelRead(msg);
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		if (!(cause instanceof CorruptedWebSocketFrameException corrupted)) {
			ctx.fireExceptionCaught(cause);
			return;
		}
		if (!this.violated) {
			this.violated = true;
			ctx.fireChannelRead(new ProtocolViolation(corrupted));
		}
	}

}
