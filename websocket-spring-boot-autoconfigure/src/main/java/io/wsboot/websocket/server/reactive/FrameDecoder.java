package io.wsboot.websocket.server.reactive;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;

/**
 * Netty's RFC 6455 frame decoder, configured as Reactor Netty configures it, less its check of
 * close frames: on a bad close frame Netty drops the connection without answering with a close
 * frame, since one was received. {@link FrameGuard} checks close frames instead and answers 1002.
 */
final class FrameDecoder extends WebSocket13FrameDecoder {

	FrameDecoder(int maxFramePayloadLength) {
		super(WebSocketDecoderConfig.newBuilder()
			.allowExtensions(true)
			.maxFramePayloadLength(maxFramePayloadLength)
			.build());
	}

	@Override
	protected void checkCloseFrameBody(ChannelHandlerContext ctx, ByteBuf buffer) {
	}

}
