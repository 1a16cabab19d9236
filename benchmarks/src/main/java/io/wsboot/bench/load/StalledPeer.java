package io.wsboot.bench.load;

import java.util.Locale;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * A stalled peer of fan-out mode: a connection with a {@value #RECEIVE_BUFFER}-byte receive buffer that stops
 * reading from its socket ({@code autoRead} off) as soon as its handshake has completed, so that its TCP window
 * fills and the server's writes to it back up. {@link #resume()} reads again. It records how and when the
 * connection ended: while stalled (if the event loop noticed), after resuming (the server's close frame with its
 * code, the end of the stream, or a reset), or not at all.
 */
final class StalledPeer extends ClientHandler {

	static final int RECEIVE_BUFFER = 4096;

	private final int index;

	/** When reading resumed, a {@link System#nanoTime()} value; 0 until then. Event loop only. */
	private long resumedAt;

	/** The messages read since reading resumed. Event loop only. */
	private long readAfterResume;

	/** When the connection ended, a {@link System#nanoTime()} value; written once by the event loop. */
	private volatile long endedAt;

	/** Whether it ended before reading resumed; written with {@link #endedAt}. */
	private volatile boolean endedWhileStalled;

	/** The summary line, built on the event loop when the connection ends; {@code null} until then. */
	private volatile String ending;

	StalledPeer(int index) {
		this.index = index;
	}

	@Override
	String query() {
		return "peer=" + name();
	}

	@Override
	int receiveBufferSize() {
		return RECEIVE_BUFFER;
	}

	/**
	 * Reads again.
	 */
	void resume() {
		ChannelHandlerContext ctx = context();
		ctx.executor().execute(() -> {
			this.resumedAt = System.nanoTime();
			ctx.channel().config().setAutoRead(true);
			ctx.read();
		});
	}

	/**
	 * Whether the connection has ended.
	 */
	boolean ended() {
		return this.ending != null;
	}

	/**
	 * A {@code STALLED} line for the runner: the peer, whether and when it ended (milliseconds after the window
	 * opened), whether that was while stalled, the messages read after resuming, and how it ended (to the end of
	 * the line).
	 * @param windowStart when the window opened, a {@link System#nanoTime()} value
	 */
	String summary(long windowStart) {
		String ending = this.ending;
		if (ending == null) {
			return "STALLED peer=" + name() + " ended=false how=still open";
		}
		return String.format(Locale.ROOT, "STALLED peer=%s ended=true at_ms=%.0f while_stalled=%b %s", name(),
				(this.endedAt - windowStart) / 1e6, this.endedWhileStalled, ending);
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
			ctx.channel().config().setAutoRead(false);
		}
		super.userEventTriggered(ctx, event);
	}

	@Override
	void message(ChannelHandlerContext ctx, WebSocketFrame frame) {
		if (this.resumedAt != 0) {
			this.readAfterResume++;
		}
	}

	@Override
	void lost(String reason) {
		super.lost(reason);
		this.endedAt = System.nanoTime();
		this.endedWhileStalled = this.resumedAt == 0;
		this.ending = "read_after_resume=" + this.readAfterResume + " how=" + reason;
	}

	private String name() {
		return "stalled-" + this.index;
	}

}
