package io.wsboot.bench.runner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cluster section of {@code RESULTS.md}: how the run was set up, then per case the writer's rate, what
 * reached the readers and how late.
 */
final class ClusterSection {

	/** The heading, by which {@code --only cluster} finds the section to replace. */
	static final String HEADING = "## Cluster:";

	private final List<ClusterRun.Result> results;

	private final int seconds;

	private final String provenance;

	ClusterSection(List<ClusterRun.Result> results, int seconds, String provenance) {
		this.results = results;
		this.seconds = seconds;
		this.provenance = provenance;
	}

	String render() {
		StringBuilder out = new StringBuilder();
		out.append(HEADING).append(" broadcast across instances through Redis, next to the local case\n\n");
		out.append(this.provenance).append("\n\n");
		out.append("- Two wsboot servers on Tomcat with `websocket.cluster.enabled=true` share one `redis-server` ")
			.append("(Debian's, on loopback), beside a third without cluster mode; each runs the fan-out room ")
			.append("(`FanoutRoom`, which broadcasts every message to `withPathVariable(\"room\", …)`). One writer ")
			.append("connects to instance A, ")
			.append(ClusterRun.READERS)
			.append(" readers to the same room on A, on B, or on the server without cluster mode.\n");
		out.append("- The writer sends ")
			.append(ClusterRun.SIZE)
			.append(" B text messages stamped with `System.nanoTime()`, at most 1 or ")
			.append(ClusterRun.PIPELINED)
			.append(" on their way (a message is on its way until every reader has it), through a ")
			.append(ClusterRun.WARMUP_SECONDS)
			.append(" s warm-up and a ")
			.append(this.seconds)
			.append(" s window. Latency is stamp to arrival at a reader, in the load generator's JVM; with 1 in ")
			.append("flight it is the time one broadcast takes to reach all the readers.\n\n");
		out.append("| readers on | in flight | writer msgs/s | delivered | lost | p50 ms | p99 ms | p99.9 ms | max ms |\n");
		out.append("|---|---|---|---|---|---|---|---|---|\n");
		for (ClusterRun.Result result : this.results) {
			Map<String, String> r = result.result();
			long expected = Long.parseLong(r.get("expected"));
			long delivered = Long.parseLong(r.get("delivered"));
			out.append(String.format(Locale.ROOT, "| %s | %d | %,.1f | %,d of %,d | %,d | %s | %s | %s | %s |%n",
					result.placement().label, result.inFlight(), Double.parseDouble(r.get("msgs_per_s")), delivered,
					expected, expected - delivered, millis(r.get("p50_us")), millis(r.get("p99_us")),
					millis(r.get("p999_us")), millis(r.get("max_us"))));
		}
		return out.append('\n').toString();
	}

	private static String millis(String micros) {
		return String.format(Locale.ROOT, "%.2f", Double.parseDouble(micros) / 1000);
	}

}
