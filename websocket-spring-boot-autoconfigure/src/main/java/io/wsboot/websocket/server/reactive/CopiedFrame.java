package io.wsboot.websocket.server.reactive;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * A frame copied off Netty's buffer, safe to hand to another thread; a {@link ProtocolViolation}
 * becomes a frame of its own kind.
 */
record CopiedFrame(Kind kind, boolean last, byte[] data, int statusCode, String text) {

	static CopiedFrame close(int statusCode, String reason) {
		return new CopiedFrame(Kind.CLOSE, true, new byte[0], statusCode, reason);
	}

	static CopiedFrame copyOf(WebSocketFrame frame) {
		if (frame instanceof ProtocolViolation violation) {
			return new CopiedFrame(Kind.VIOLATION, true, new byte[0], violation.failure().closeStatus().code(),
					String.valueOf(violation.failure().getMessage()));
		}
		Kind kind = (frame instanceof TextWebSocketFrame) ? Kind.TEXT
				: (frame instanceof BinaryWebSocketFrame) ? Kind.BINARY
						: (frame instanceof ContinuationWebSocketFrame) ? Kind.CONTINUATION
								: (frame instanceof PingWebSocketFrame) ? Kind.PING
										: (frame instanceof PongWebSocketFrame) ? Kind.PONG : Kind.CLOSE;
		return new CopiedFrame(kind, frame.isFinalFragment(), ByteBufUtil.getBytes(frame.content()), 0, "");
	}

	enum Kind {

		TEXT, BINARY, CONTINUATION, PING, PONG, CLOSE, VIOLATION

	}

}
