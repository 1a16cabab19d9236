package io.wsboot.bench.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The fan-out section of {@code RESULTS.md}: how the run was set up, then per server the writer's rate, what
 * reached the healthy readers and how late, how the stalled peers ended on each side, and the server's heap.
 */
final class FanoutSection {

	/** The heading, by which {@code --only fanout} finds the section to replace. */
	static final String HEADING = "## Fan-out:";

	private final List<FanoutResult> results;

	private final Map<String, String> properties;

	private final int seconds;

	private final String provenance;

	private final StringBuilder out = new StringBuilder();

	/**
	 * @param results one per server, in order
	 * @param properties the servers' properties
	 * @param seconds the measurement window
	 * @param provenance the sentence that says which command measured it, and when
	 */
	FanoutSection(List<FanoutResult> results, Map<String, String> properties, int seconds, String provenance) {
		this.results = results;
		this.properties = properties;
		this.seconds = seconds;
		this.provenance = provenance;
	}

	String render() {
		int readers = FanoutRun.CONNECTIONS - FanoutRun.STALLED - 1;
		Map<String, String> first = this.results.get(0).result();
		String drainLimit = first.get("drain_limit_s") + " s";
		line(HEADING + " one writer, " + count(FanoutRun.CONNECTIONS) + " connections in one room, "
				+ FanoutRun.STALLED + " of them stalled");
		line("");
		line(this.provenance);
		line("");
		line("- One room endpoint (`FanoutRoom` at `/fanout/{room}`) whose service broadcasts every message it receives to the whole room with `OpenConnections.broadcast(message, recipients)`, as the sample's chat does. The load generator opens "
				+ count(FanoutRun.CONNECTIONS) + " connections to it: one writer, " + count(readers) + " readers and "
				+ FanoutRun.STALLED + " stalled peers, which stop reading from their sockets as soon as their handshake has completed (Netty `autoRead` off, `SO_RCVBUF` of "
				+ first.get("stalled_rcvbuf") + " B). The writer sends through a " + FanoutRun.WARMUP_SECONDS
				+ " s warm-up and the " + this.seconds + " s window.");
		line("- The writer sends " + FanoutRun.SIZE + " B text messages stamped with a sequence number and `System.nanoTime()`, as fast as the room takes them: at most "
				+ FanoutRun.IN_FLIGHT + " on their way, a message being on its way until every open reader has it. Latency is stamp to arrival on the same JVM's clock, over every (reader, message) pair sent in the window. A message a reader skipped, or had not received when the run ended, is lost.");
		line("- Server properties: " + properties()
				+ "; defaults otherwise. `bench.socket-send-buffer` is `SO_SNDBUF` of accepted connections: left alone, Linux grows it up to 4 MiB, which a stalled peer fills only after minutes at these rates. Even so, a stalled peer holds up the server's writes only once the kernel's buffers on both sides and, on Reactor Netty, Netty's outbound buffer (64 KiB before it reports the channel unwritable) are full, so at a low writer rate that may not happen within the window: a stalled peer that the server saw close with 1000 \"Bye\" at the end never held anything up.");
		line("- After the window the run waits up to " + drainLimit
				+ " for every message to reach every open reader (\"drained\"), then lets the stalled peers read again for up to "
				+ first.get("resume_limit_s") + " s. Heap after a full collection (`jcmd GC.run`, then `GC.heap_info`): with every connection open, once drained (stalled peers still not reading), and after they have read again.");
		line("");
		line("| server | writer msgs/s | delivered to the " + count(readers) + " readers | lost | readers dropped | p50 ms | p99 ms | p99.9 ms | max ms | drained after |");
		line("|---|---|---|---|---|---|---|---|---|---|");
		for (FanoutResult result : this.results) {
			Map<String, String> r = result.result();
			long expected = Long.parseLong(r.get("expected"));
			long delivered = Long.parseLong(r.get("delivered"));
			double drain = Double.parseDouble(r.get("drain_ms"));
			line("| " + result.server().label() + " | " + rate(Double.parseDouble(r.get("msgs_per_s"))) + " | "
					+ count(delivered) + " of " + count(expected) + " | " + count(expected - delivered) + " | "
					+ r.get("readers_dropped") + " | " + ms(r.get("p50_us")) + " | " + ms(r.get("p99_us")) + " | "
					+ ms(r.get("p999_us")) + " | " + ms(r.get("max_us")) + " | "
					+ ((drain < 0) ? "not within " + drainLimit : String.format(Locale.ROOT, "%.1f s", drain / 1000)) + " |");
		}
		line("");
		line("| server | stalled peers at the server (`onClose`, `onError`) | when, s after the window opened | stalled peers at the load generator | heap: all open | drained | after |");
		line("|---|---|---|---|---|---|---|");
		for (FanoutResult result : this.results) {
			line("| " + result.server().label() + " | " + serverSide(result) + " | " + serverTimes(result) + " | "
					+ clientSide(result) + " | " + mb(result.heapConnected()) + " | " + mb(result.heapDrained()) + " | "
					+ mb(result.heapResumed()) + " |");
		}
		line("");
		boolean noted = false;
		for (FanoutResult result : this.results) {
			List<String> others = new ArrayList<>();
			for (Map<String, String> event : result.serverEvents()) {
				if (!event.get("peer").startsWith("stalled-")) {
					others.add(event.get("peer") + ": " + describe(event));
				}
			}
			if (!others.isEmpty()) {
				line("- " + result.server().label() + ", other connections that did not end with 1000: "
						+ String.join("; ", others) + ".");
				noted = true;
			}
		}
		if (noted) {
			line("");
		}
		return this.out.toString();
	}

	private String properties() {
		List<String> set = new ArrayList<>();
		this.properties.forEach((name, value) -> set.add("`" + name + "=" + value + "`"));
		return set.isEmpty() ? "none" : String.join(", ", set);
	}

	private static String serverSide(FanoutResult result) {
		return tally(stalledEvents(result), FanoutSection::describe);
	}

	private static String serverTimes(FanoutResult result) {
		long windowStart = Long.parseLong(result.result().get("window_start_ms"));
		List<Double> times = new ArrayList<>();
		for (Map<String, String> event : stalledEvents(result)) {
			if (event.get("tag").equals("FANOUT-CLOSE")) {
				times.add((Long.parseLong(event.get("at_ms")) - windowStart) / 1000.0);
			}
		}
		return span(times);
	}

	private static String clientSide(FanoutResult result) {
		List<Map<String, String>> ended = new ArrayList<>();
		List<Double> reads = new ArrayList<>();
		List<Double> times = new ArrayList<>();
		for (Map<String, String> peer : result.stalled()) {
			if (peer.get("ended").equals("true")) {
				ended.add(peer);
				reads.add(Double.parseDouble(peer.get("read_after_resume")));
				times.add(Double.parseDouble(peer.get("at_ms")) / 1000);
			}
		}
		String summary = tally(result.stalled(), (peer) -> peer.get("ended").equals("true")
				? "\"" + peer.get("how") + "\" " + (peer.get("while_stalled").equals("true") ? "while stalled" : "after reading again")
				: "still open");
		return ended.isEmpty() ? summary
				: summary + ", at " + span(times) + " s, having read " + span(reads) + " messages after resuming";
	}

	private static List<Map<String, String>> stalledEvents(FanoutResult result) {
		return result.serverEvents().stream().filter((event) -> event.get("peer").startsWith("stalled-")).toList();
	}

	private static String describe(Map<String, String> event) {
		return event.get("tag").equals("FANOUT-CLOSE") ? "close " + event.get("code") + " \"" + event.get("reason") + "\""
				: "error " + event.get("error");
	}

	/** "9 × a, 1 × b", in order of first appearance. */
	private static <T> String tally(List<T> items, Function<T, String> description) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (T item : items) {
			counts.merge(description.apply(item), 1, Integer::sum);
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((text, n) -> parts.add(n + " × " + text));
		return parts.isEmpty() ? "none" : String.join(", ", parts);
	}

	private static String span(List<Double> values) {
		if (values.isEmpty()) {
			return "–";
		}
		double min = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
		double max = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
		String low = String.format(Locale.ROOT, "%,.1f", min).replaceAll("\\.0$", "");
		String high = String.format(Locale.ROOT, "%,.1f", max).replaceAll("\\.0$", "");
		return low.equals(high) ? low : low + "–" + high;
	}

	private static String ms(String micros) {
		double value = Double.parseDouble(micros) / 1000;
		return String.format(Locale.ROOT, (value < 10) ? "%.1f" : "%,.0f", value);
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}

	private static String rate(double value) {
		return String.format(Locale.ROOT, (value < 100) ? "%.1f" : "%,.0f", value);
	}

	private static String count(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
