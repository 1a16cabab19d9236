package io.wsboot.bench.load;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.netty.util.concurrent.EventExecutor;

import io.wsboot.bench.load.LoadOptions.Mode;

/**
 * Runs echo-rtt and pipelined mode: opens every connection (a failed handshake, or compression asked for and
 * declined, fails the run), sends through the warm-up and the measurement window, waits for the echoes still in
 * flight when the window ended, closes the connections with close frames and builds the {@code RESULT} line.
 */
final class EchoBenchmark {

	private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(10);

	private static final long CLOSE_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final LoadOptions options;

	EchoBenchmark(LoadOptions options) {
		this.options = options;
	}

	String run() throws LoadFailure, InterruptedException {
		boolean timed = this.options.mode() == Mode.ECHO_RTT;
		Payload payload = new Payload(this.options.size(), this.options.binary(), this.options.maxFrame());
		RunState state = new RunState();
		CountDownLatch drained = new CountDownLatch(this.options.connections());
		List<EchoHandler> handlers = new ArrayList<>(this.options.connections());
		for (int i = 0; i < this.options.connections(); i++) {
			handlers.add(new EchoHandler(i, payload, state, timed ? 1 : this.options.inFlight(), timed, drained));
		}
		try (Connector connector = new Connector(this.options)) {
			LoadGenerator.log("opening " + handlers.size() + " connection(s) to " + this.options.url() + " over "
					+ connector.transport());
			long begin = System.nanoTime();
			connector.connectAll(handlers);
			connector.checkHandshakes(handlers);
			LoadGenerator.log(String.format(Locale.ROOT, "connected in %.2f s; warm-up %.1f s, window %.1f s",
					(System.nanoTime() - begin) / 1e9, this.options.warmupSeconds(), this.options.durationSeconds()));
			Map<EventExecutor, LatencyHistogram> histograms = new IdentityHashMap<>();
			for (EventExecutor loop : connector.eventLoops()) {
				histograms.put(loop, new LatencyHistogram());
			}
			long windowStart = System.nanoTime() + this.options.warmupNanos();
			long windowEnd = windowStart + this.options.durationNanos();
			for (EchoHandler handler : handlers) {
				handler.start(windowStart, windowEnd, histograms);
			}
			state.sleepUntil(windowEnd);
			if (!state.await(drained, windowEnd + DRAIN_NANOS)) {
				throw new LoadFailure(drained.getCount() + " connection(s) were still missing echoes "
						+ TimeUnit.NANOSECONDS.toSeconds(DRAIN_NANOS) + " s after the window ended");
			}
			int clean = ClientHandler.closeAll(handlers, System.nanoTime() + CLOSE_NANOS);
			if (clean < handlers.size()) {
				LoadGenerator.log((handlers.size() - clean) + " connection(s) closed without the server's close frame");
			}
			long messages = 0;
			for (EchoHandler handler : handlers) {
				messages += handler.counted();
			}
			if (messages == 0) {
				throw new LoadFailure("no echo arrived within the measurement window");
			}
			LatencyHistogram latency = new LatencyHistogram();
			histograms.values().forEach(latency::add);
			return result(messages, timed ? latency : null);
		}
	}

	private String result(long messages, LatencyHistogram latency) {
		StringBuilder result = new StringBuilder(String.format(Locale.ROOT,
				"RESULT mode=%s connections=%d size=%d binary=%b compression=%b", this.options.mode().label(),
				this.options.connections(), this.options.size(), this.options.binary(), this.options.compression()));
		if (latency == null) {
			result.append(" in_flight=").append(this.options.inFlight());
		}
		result.append(String.format(Locale.ROOT, " msgs_per_s=%.1f", messages / this.options.durationSeconds()));
		if (latency != null) {
			result.append(String.format(Locale.ROOT, " p50_us=%.1f p99_us=%.1f p999_us=%.1f max_us=%.1f",
					latency.valueAt(0.5) / 1e3, latency.valueAt(0.99) / 1e3, latency.valueAt(0.999) / 1e3,
					latency.max() / 1e3));
		}
		return result.append(" messages=").append(messages).append(" errors=0").toString();
	}

}
