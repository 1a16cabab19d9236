package io.wsboot.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.util.concurrent.EventExecutor;

/**
 * Runs fan-out mode against a room endpoint that broadcasts every message to the room: one {@link FanoutWriter},
 * {@code --stalled} {@link StalledPeer}s and readers ({@link FanoutReader}) for the other connections. The writer
 * sends from the start of the warm-up to the end of the window with at most {@code --in-flight} messages on their
 * way to the readers; the stalled peers never read after their handshake. After the window, the run waits up to
 * {@value #DRAIN_SECONDS} s for every message to reach every open reader, lets the stalled peers read again and
 * waits up to {@value #RESUME_SECONDS} s for their connections to end, then closes the rest with close frames.
 *
 * <p>The runner is told, and may act before the run goes on (see {@link Checkpoints}), when every connection is
 * open ({@code CONNECTED}), when the messages have drained while the stalled peers still do not read
 * ({@code DRAINED}) and when they have read again ({@code RESUMED}). Then one {@code STALLED} line per stalled
 * peer and the {@code RESULT} line. A failed handshake, a writer's connection that ends, or a message out of
 * order or not the writer's fails the run; messages a reader never gets, and readers the server drops, are counted.
 */
final class FanoutBenchmark {

	private static final int DRAIN_SECONDS = 30;

	private static final int RESUME_SECONDS = 5;

	private static final long CLOSE_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final LoadOptions options;

	FanoutBenchmark(LoadOptions options) {
		this.options = options;
	}

	String run() throws LoadFailure, InterruptedException, IOException {
		int readerCount = this.options.connections() - this.options.stalled() - 1;
		if (readerCount < 1) {
			throw new LoadFailure("--connections must leave room for the writer and one reader beside "
					+ this.options.stalled() + " stalled, but was " + this.options.connections());
		}
		if (this.options.size() < StampedMessage.MIN_SIZE) {
			throw new LoadFailure("--size must be at least " + StampedMessage.MIN_SIZE + " in fanout mode, not "
					+ this.options.size());
		}
		StampedMessage message = new StampedMessage(this.options.size());
		RunState state = new RunState();
		MeasurementWindow window = new MeasurementWindow();
		DeliveryGate gate = new DeliveryGate(this.options.inFlight(), readerCount);
		Checkpoints checkpoints = new Checkpoints();
		try (Connector connector = new Connector(this.options)) {
			Map<EventExecutor, LatencyHistogram> histograms = new IdentityHashMap<>();
			for (EventExecutor loop : connector.eventLoops()) {
				histograms.put(loop, new LatencyHistogram());
			}
			FanoutWriter writer = new FanoutWriter(message, gate, window, state);
			List<FanoutReader> readers = new ArrayList<>(readerCount);
			for (int i = 0; i < readerCount; i++) {
				readers.add(new FanoutReader(i, message, gate, window, histograms, state));
			}
			List<StalledPeer> stalled = new ArrayList<>(this.options.stalled());
			for (int i = 0; i < this.options.stalled(); i++) {
				stalled.add(new StalledPeer(i));
			}
			List<ClientHandler> all = new ArrayList<>(this.options.connections());
			all.add(writer);
			all.addAll(readers);
			all.addAll(stalled);
			LoadGenerator.log("opening " + all.size() + " connection(s) to " + this.options.url() + " over "
					+ connector.transport());
			connector.connectAll(all);
			connector.checkHandshakes(all);
			checkpoints.reach("CONNECTED n=" + all.size());

			long now = System.nanoTime();
			window.set(now + this.options.warmupNanos(), now + this.options.warmupNanos() + this.options.durationNanos());
			long windowStartMillis = System.currentTimeMillis() + TimeUnit.NANOSECONDS.toMillis(this.options.warmupNanos());
			writer.start();
			state.sleepUntil(window.end());
			boolean settled = state.await(gate::settled, window.end() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS));
			double drainMillis = settled ? (System.nanoTime() - window.end()) / 1e6 : -1;
			LoadGenerator.log(settled ? String.format(Locale.ROOT, "drained %.0f ms after the window", drainMillis)
					: "not drained " + DRAIN_SECONDS + " s after the window");
			checkpoints.reach("DRAINED settled=" + settled);

			stalled.forEach(StalledPeer::resume);
			state.await(() -> stalled.stream().allMatch(StalledPeer::ended),
					System.nanoTime() + TimeUnit.SECONDS.toNanos(RESUME_SECONDS));
			checkpoints.reach("RESUMED");
			ClientHandler.closeAll(all, System.nanoTime() + CLOSE_NANOS);
			for (StalledPeer peer : stalled) {
				System.out.println(peer.summary(window.start()));
			}
			LatencyHistogram latency = new LatencyHistogram();
			histograms.values().forEach(latency::add);
			return result(gate.issued(), writer.sentInWindow(), readers, latency, drainMillis, windowStartMillis);
		}
	}

	private String result(long sent, long sentInWindow, List<FanoutReader> readers, LatencyHistogram latency,
			double drainMillis, long windowStartMillis) {
		long delivered = 0;
		long skipped = 0;
		int dropped = 0;
		int incomplete = 0;
		for (FanoutReader reader : readers) {
			delivered += reader.received();
			skipped += reader.skipped();
			dropped += reader.dropped() ? 1 : 0;
			incomplete += (reader.received() < sent) ? 1 : 0;
		}
		return String.format(Locale.ROOT,
				"RESULT mode=fanout connections=%d stalled=%d readers=%d size=%d in_flight=%d sent=%d"
						+ " sent_in_window=%d msgs_per_s=%.1f expected=%d delivered=%d skipped=%d readers_short=%d"
						+ " readers_dropped=%d p50_us=%.1f p99_us=%.1f p999_us=%.1f max_us=%.1f drain_ms=%.0f"
						+ " window_start_ms=%d drain_limit_s=%d resume_limit_s=%d stalled_rcvbuf=%d",
				this.options.connections(), this.options.stalled(), readers.size(), this.options.size(),
				this.options.inFlight(), sent, sentInWindow, sentInWindow / this.options.durationSeconds(),
				sent * readers.size(), delivered, skipped, incomplete, dropped, latency.valueAt(0.5) / 1e3,
				latency.valueAt(0.99) / 1e3, latency.valueAt(0.999) / 1e3, latency.max() / 1e3, drainMillis,
				windowStartMillis, DRAIN_SECONDS, RESUME_SECONDS, StalledPeer.RECEIVE_BUFFER);
	}

}
