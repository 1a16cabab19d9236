package io.wsboot.websocket.server.reactive;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;

/**
 * Netty's RFC 6455 frame decoder, configured as Reactor Netty configures it, except that it only
 * raises the violations it finds, for {@link ViolationsInOrder} to pass on after the frames before
 * them, and leaves close frames to {@link FrameGuard}: on a bad close frame Netty drops the
 * connection without answering with a close frame, since one was received.
 */
final class FrameDecoder extends WebSocket13FrameDecoder {

	FrameDecoder(int maxFramePayloadLength) {
		super(WebSocketDecoderConfig.newBuilder()
			.allowExtensions(true)
			.closeOnProtocolViolation(false)
			.maxFramePayloadLength(maxFramePayloadLength)
			.build());
	}

	@Override
	protected void checkCloseFrameBody(ChannelHandlerContext ctx, ByteBuf buffer) {
	}

}
