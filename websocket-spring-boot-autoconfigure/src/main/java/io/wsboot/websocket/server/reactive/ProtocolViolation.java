package io.wsboot.websocket.server.reactive;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * A protocol violation of the peer, passed along the pipeline in the place of the frame that
 * broke the rules, so that the connection's earlier frames are handled, and answered, before the
 * connection is failed.
 */
final class ProtocolViolation extends WebSocketFrame {

	private final CorruptedWebSocketFrameException failure;

	ProtocolViolation(CorruptedWebSocketFrameException failure) {
		super(Unpooled.EMPTY_BUFFER);
		this.failure = failure;
	}

	/**
	 * What the peer did wrong, with the close status it calls for.
	 * @return the failure
	 */
	CorruptedWebSocketFrameException failure() {
		return this.failure;
	}

	@Override
	public ProtocolViolation replace(ByteBuf content) {
		return this;
	}

	@Override
	public ProtocolViolation copy() {
		return this;
	}

	@Override
	public ProtocolViolation duplicate() {
		return this;
	}

	@Override
	public ProtocolViolation retainedDuplicate() {
		return this;
	}

}
