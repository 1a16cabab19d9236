package io.wsboot.bench.load;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.concurrent.EventExecutor;

/**
 * A connection of echo-rtt or pipelined mode. It keeps {@code inFlight} messages outstanding until the measurement
 * window ends, checks every echo in order against what was sent, counts the echoes received within the window
 * and, in echo-rtt mode, records their round trips. In pipelined mode the messages sent for one read are flushed
 * together when the read completes. Once the window has ended and the last echo has arrived it counts down
 * {@code drained}. Any mismatch or loss fails the run.
 */
final class EchoHandler extends ClientHandler {

	private final int index;

	private final Payload payload;

	private final RunState state;

	private final int inFlight;

	private final boolean timed;

	private final CountDownLatch drained;

	private LatencyHistogram histogram;

	private long windowStart;

	private long windowEnd;

	private long sent;

	private long received;

	private long counted;

	private long sentAt;

	private boolean flushPending;

	EchoHandler(int index, Payload payload, RunState state, int inFlight, boolean timed, CountDownLatch drained) {
		this.index = index;
		this.payload = payload;
		this.state = state;
		this.inFlight = inFlight;
		this.timed = timed;
		this.drained = drained;
	}

	/**
	 * Starts sending, on the connection's event loop.
	 * @param windowStart when the measurement window opens, a {@link System#nanoTime()} value
	 * @param windowEnd when it closes
	 * @param histograms the round-trip histogram of each event loop
	 */
	void start(long windowStart, long windowEnd, Map<EventExecutor, LatencyHistogram> histograms) {
		ChannelHandlerContext ctx = context();
		ctx.executor().execute(() -> {
			this.windowStart = windowStart;
			this.windowEnd = windowEnd;
			this.histogram = histograms.get(ctx.executor());
			for (int i = 0; i < this.inFlight; i++) {
				send(ctx);
			}
			ctx.flush();
		});
	}

	/**
	 * The echoes received within the window; read after {@code drained} opened.
	 */
	long counted() {
		return this.counted;
	}

	@Override
	void message(ChannelHandlerContext ctx, WebSocketFrame frame) {
		long now = System.nanoTime();
		if (this.received == this.sent) {
			fail(ctx, "an unexpected message arrived with " + frame.content().readableBytes() + " bytes");
			return;
		}
		String mismatch = this.payload.check(frame, this.received);
		if (mismatch != null) {
			fail(ctx, "message " + this.received + ": " + mismatch);
			return;
		}
		this.received++;
		if (now - this.windowEnd < 0) {
			if (now - this.windowStart >= 0) {
				this.counted++;
				if (this.timed) {
					this.histogram.record(now - this.sentAt);
				}
			}
			send(ctx);
			if (this.timed) {
				ctx.flush();
			}
			else {
				this.flushPending = true;
			}
		}
		else if (this.received == this.sent) {
			this.drained.countDown();
		}
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) {
		if (this.flushPending) {
			this.flushPending = false;
			ctx.flush();
		}
		ctx.fireChannelReadComplete();
	}

	@Override
	void lost(String reason) {
		super.lost(reason);
		this.state.fail("connection " + this.index + " lost after " + this.received + " echoes with "
				+ (this.sent - this.received) + " in flight: " + reason);
	}

	private void send(ChannelHandlerContext ctx) {
		if (this.timed) {
			this.sentAt = System.nanoTime();
		}
		this.payload.write(ctx, this.sent++);
	}

	private void fail(ChannelHandlerContext ctx, String reason) {
		this.state.fail("connection " + this.index + ", " + reason);
		ctx.close();
	}

}
