package io.wsboot.bench.runner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 64 B echo table of every server, medians of the interleaved rounds, then each round's msgs/s: the same table
 * in the main report and in a section measured on another JDK.
 */
final class EchoTable {

	/** What the ratio columns divide by. */
	static final String LEGEND = "×raw is wsboot ÷ raw Spring on the same engine; ×Vert.x is ÷ Vert.x 5; ×Quarkus is wsboot ÷ Quarkus WebSockets Next in the same execution model (blocking for wsboot's default, which runs service methods on worker threads, `Uni` for `@NonBlocking`). On Java 21 and later a row \"virtual threads\" adds wsboot's default mode with `spring.threads.virtual.enabled=true`, under which Spring Boot makes Reactor's bounded elastic workers virtual.";

	private final Measurements m;

	private final StringBuilder out = new StringBuilder();

	EchoTable(Measurements measurements) {
		this.m = measurements;
	}

	String render() {
		String rtt = Benchmarks.HEADLINE_RTT;
		String pipe = Benchmarks.HEADLINE_PIPELINED;
		line("| server | echo-rtt msgs/s | ×raw | ×Quarkus | p50 µs | p99 µs | p99 ×raw | p99.9 µs | pipelined msgs/s | ×raw | ×Vert.x | ×Quarkus |");
		line("|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (Server server : measured()) {
			Server raw = (server.kind() == Server.Kind.WSBOOT) ? server.baseline() : null;
			line("| " + server.label() + " | " + Cells.count(m(rtt, server, "msgs_per_s")) + " | "
					+ ratio(rtt, server, raw, "msgs_per_s") + " | " + ratio(rtt, server, server.quarkusPeer(), "msgs_per_s")
					+ " | " + Cells.count(m(rtt, server, "p50_us")) + " | " + Cells.count(m(rtt, server, "p99_us")) + " | "
					+ ratio(rtt, server, raw, "p99_us") + " | " + Cells.count(m(rtt, server, "p999_us")) + " | "
					+ Cells.count(m(pipe, server, "msgs_per_s")) + " | " + ratio(pipe, server, raw, "msgs_per_s") + " | "
					+ Cells.ratio(m(pipe, server, "msgs_per_s"), m(pipe, Server.VERTX, "msgs_per_s")) + " | "
					+ ratio(pipe, server, server.quarkusPeer(), "msgs_per_s") + " |");
		}
		line("");
		line("Every round, msgs/s (echo-rtt / pipelined):");
		line("");
		for (Server server : measured()) {
			line("- " + server.label() + ": " + rounds(rtt, server) + " / " + rounds(pipe, server));
		}
		line("");
		return this.out.toString();
	}

	/** The servers measured in the run, in the order of {@link Server}. */
	private List<Server> measured() {
		return Arrays.stream(Server.values())
			.filter((server) -> !this.m.all(Benchmarks.HEADLINE_RTT, server, "msgs_per_s").isEmpty())
			.toList();
	}

	/** A server's median ÷ another's, empty when there is no other. */
	private String ratio(String scenario, Server server, Server base, String metric) {
		return (base == null) ? "" : Cells.ratio(m(scenario, server, metric), m(scenario, base, metric));
	}

	private String rounds(String scenario, Server server) {
		List<String> values = new ArrayList<>();
		for (double value : this.m.all(scenario, server, "msgs_per_s")) {
			values.add(Cells.count(value));
		}
		return String.join(", ", values);
	}

	private double m(String scenario, Server server, String metric) {
		return this.m.median(scenario, server, metric);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
