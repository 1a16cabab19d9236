package io.wsboot.bench.load;

import java.util.Map;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.concurrent.EventExecutor;

/**
 * A healthy reader of fan-out mode: reads every broadcast and checks that sequence numbers arrive in order. A number
 * skipped counts as lost; one repeated or out of order, or a message that is not the writer's, fails the run. For
 * each message sent inside the window it records the delivery latency (send stamp to arrival) in its event loop's
 * histogram; it reports every message, and its own end, to the {@link DeliveryGate}. The server ending the
 * connection is counted, not a failure of the run.
 */
final class FanoutReader extends ClientHandler {

	private final int index;

	private final StampedMessage message;

	private final DeliveryGate gate;

	private final MeasurementWindow window;

	private final Map<EventExecutor, LatencyHistogram> histograms;

	private final RunState state;

	/** The sequence number expected next; written by the event loop, read by the main thread for the totals. */
	private volatile long next;

	/** The messages received; same threads as {@link #next}. */
	private volatile long received;

	/** The sequence numbers skipped; same threads as {@link #next}. */
	private volatile long skipped;

	/** This event loop's latency histogram; null until the first message. */
	private LatencyHistogram histogram;

	FanoutReader(int index, StampedMessage message, DeliveryGate gate, MeasurementWindow window,
			Map<EventExecutor, LatencyHistogram> histograms, RunState state) {
		this.index = index;
		this.message = message;
		this.gate = gate;
		this.window = window;
		this.histograms = histograms;
		this.state = state;
	}

	@Override
	String query() {
		return "peer=reader-" + this.index;
	}

	@Override
	boolean reader() {
		return true;
	}

	long received() {
		return this.received;
	}

	long skipped() {
		return this.skipped;
	}

	/**
	 * Whether the server ended this connection.
	 */
	boolean dropped() {
		return lostReason() != null;
	}

	@Override
	void message(ChannelHandlerContext ctx, WebSocketFrame frame) {
		long now = System.nanoTime();
		String mismatch = this.message.check(frame);
		long sequence = StampedMessage.sequence(frame);
		if (mismatch == null && sequence < this.next) {
			mismatch = "message " + sequence + " arrived after message " + (this.next - 1);
		}
		if (mismatch != null) {
			this.state.fail("reader " + this.index + ": " + mismatch);
			ctx.close();
			return;
		}
		for (long gap = this.next; gap < sequence; gap++) {
			this.gate.received(gap);
		}
		this.skipped += sequence - this.next;
		this.next = sequence + 1;
		this.received++;
		long sentAt = StampedMessage.sentAt(frame);
		if (this.window.contains(sentAt)) {
			if (this.histogram == null) {
				this.histogram = this.histograms.get(ctx.executor());
			}
			this.histogram.record(now - sentAt);
		}
		this.gate.received(sequence);
	}

	@Override
	void lost(String reason) {
		super.lost(reason);
		this.gate.readerEnded(this.next);
	}

}
