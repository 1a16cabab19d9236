package io.wsboot.bench.load;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The writer of fan-out mode: from {@link #start()} until the window closes it sends stamped messages as fast as
 * the {@link DeliveryGate} lets it, all written for one wake-up flushed together, and counts those sent inside the
 * window. The room sends it its own messages back; it drops them. Its connection ending fails the run.
 */
final class FanoutWriter extends ClientHandler {

	private final StampedMessage message;

	private final DeliveryGate gate;

	private final MeasurementWindow window;

	private final RunState state;

	private final Runnable wakeUp = () -> context().executor().execute(this::sendMore);

	/** The messages sent inside the window; written by the event loop, read by the main thread once it has closed. */
	private volatile long sentInWindow;

	FanoutWriter(StampedMessage message, DeliveryGate gate, MeasurementWindow window, RunState state) {
		this.message = message;
		this.gate = gate;
		this.window = window;
		this.state = state;
	}

	@Override
	String query() {
		return "peer=writer";
	}

	/**
	 * Starts sending, on the connection's event loop.
	 */
	void start() {
		this.wakeUp.run();
	}

	/**
	 * The messages sent inside the window; read once it has closed.
	 */
	long sentInWindow() {
		return this.sentInWindow;
	}

	@Override
	void message(ChannelHandlerContext ctx, WebSocketFrame frame) {
	}

	@Override
	void lost(String reason) {
		super.lost(reason);
		this.state.fail("the writer's connection ended: " + reason);
	}

	private void sendMore() {
		ChannelHandlerContext ctx = context();
		boolean wrote = false;
		long now = System.nanoTime();
		while (now - this.window.end() < 0) {
			long sequence = this.gate.issue(this.wakeUp);
			if (sequence < 0) {
				break;
			}
			ctx.write(this.message.frame(ctx.alloc(), sequence, now), ctx.voidPromise());
			wrote = true;
			if (this.window.contains(now)) {
				this.sentInWindow++;
			}
			now = System.nanoTime();
		}
		if (wrote) {
			ctx.flush();
		}
	}

}
