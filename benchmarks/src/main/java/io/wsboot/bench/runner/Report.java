package io.wsboot.bench.runner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.wsboot.bench.runner.Cells.count;
import static io.wsboot.bench.runner.Cells.kb;
import static io.wsboot.bench.runner.Cells.ratio;

/**
 * Writes {@code RESULTS.md} from the measurements: the machine and command, one table per part,
 * the targets with whether they were met, and a reading of the numbers.
 */
final class Report {

	private static final List<Server> WSBOOT = List.of(Server.WSBOOT_TOMCAT, Server.WSBOOT_JETTY, Server.WSBOOT_NETTY,
			Server.WSBOOT_NETTY_NON_BLOCKING);

	private final Measurements m;

	private final List<String> clientResults;

	private final boolean quick;

	private final String command;

	private final Duration took;

	private final String fanout;

	private final StringBuilder out = new StringBuilder();

	private final List<String> targets = new ArrayList<>();

	/**
	 * @param measurements the echo, growth and memory runs
	 * @param clientResults the client comparison's {@code RESULT} lines
	 * @param options the command line of the run
	 * @param took how long the whole run took
	 * @param fanout the fan-out section, rendered
	 */
	Report(Measurements measurements, List<String> clientResults, RunOptions options, Duration took, String fanout) {
		this.m = measurements;
		this.clientResults = clientResults;
		this.quick = options.quick();
		this.command = options.command();
		this.took = took;
		this.fanout = fanout;
	}

	void write(Path file) throws IOException {
		header();
		headline();
		growth();
		idle();
		clients();
		this.out.append(this.fanout);
		line("## Targets");
		line("");
		this.targets.forEach(this::line);
		line("");
		reading();
		Path fixes = Path.of("benchmarks", "FIXES.md");
		if (Files.exists(fixes)) {
			this.out.append(Files.readString(fixes));
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, this.out);
	}

	private void header() throws IOException {
		line("# Benchmark results");
		line("");
		line("Written by `" + this.command + "` on " + LocalDate.now() + " in " + Benchmarks.minutes(this.took)
				+ (this.quick ? " (quick: one short round, not for the record)" : "") + ".");
		line("");
		line("- Machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ memory() + "; " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ".");
		line("- Every server runs alone in its own JVM with `" + String.join(" ", Processes.SERVER_FLAGS)
				+ "`; the load generator (Netty's WebSocket client codec, `benchmarks/src/main/java/io/wsboot/bench/load`) in another with `"
				+ String.join(" ", Processes.CLIENT_FLAGS) + "`, on loopback. Every echo is checked byte for byte: a lost or wrong message fails the run.");
		line("- Echo runs: 1 s warm-up, then " + (this.quick ? "2 s" : "3 s")
				+ " measured (growth runs " + Benchmarks.GROWTH_SECONDS + " s); for the 64 B runs all servers are started once and side by side (each idle while another is measured), warmed up by one unrecorded round, and the runs go round them in turn (A B C … A B C …), "
				+ (this.quick ? "once" : "three times") + "; the tables give medians. wsboot servers have an idle timeout set (300 s) and default limits.");
		line("- " + EchoTable.LEGEND);
		line("- Quarkus WebSockets Next: " + new QuarkusApplication(Path.of("benchmarks", "target")).describe() + ", built by `benchmarks/quarkus-echo` from Maven Central (a Maven build of its own, only in the `benchmarks` profile) and started from its fast jar with the same JVM flags; one application, `@WebSocket` endpoints whose `@OnTextMessage` methods return a `String` (blocking: Quarkus runs them on a worker thread) or a `Uni<String>` (on the event loop). It has wsboot's default limits (64 KiB frames, 1 MiB messages; Quarkus's own default message limit is 256 KiB), permessage-deflate offered, an HTTP idle timeout of 300 s, and in the 16 KiB and 512 KiB runs 1 MiB frames, as wsboot has there.");
		line("");
	}

	private void headline() {
		line("## Echo, 64 B messages, 10 connections");
		line("");
		this.out.append(new EchoTable(this.m).render());
		for (Server server : WSBOOT) {
			target(m(Benchmarks.HEADLINE_RTT, server, "msgs_per_s") >= 0.97 * m(Benchmarks.HEADLINE_RTT, server.baseline(), "msgs_per_s"),
					server.label() + ": echo-rtt msgs/s ≥ 0.97× raw (" + ratioToRaw(Benchmarks.HEADLINE_RTT, server, "msgs_per_s") + ")");
			target(m(Benchmarks.HEADLINE_PIPELINED, server, "msgs_per_s") >= 0.97 * m(Benchmarks.HEADLINE_PIPELINED, server.baseline(), "msgs_per_s"),
					server.label() + ": pipelined msgs/s ≥ 0.97× raw (" + ratioToRaw(Benchmarks.HEADLINE_PIPELINED, server, "msgs_per_s") + ")");
			target(m(Benchmarks.HEADLINE_RTT, server, "p99_us") <= 1.1 * m(Benchmarks.HEADLINE_RTT, server.baseline(), "p99_us"),
					server.label() + ": echo-rtt p99 ≤ 1.1× raw (" + ratioToRaw(Benchmarks.HEADLINE_RTT, server, "p99_us") + ")");
		}
		for (Server server : List.of(Server.WSBOOT_NETTY, Server.WSBOOT_NETTY_NON_BLOCKING)) {
			double netty = m(Benchmarks.HEADLINE_PIPELINED, server, "msgs_per_s");
			target(netty >= 0.9 * m(Benchmarks.HEADLINE_PIPELINED, Server.RAW_NETTY, "msgs_per_s"), server.label()
					+ ": pipelined ≥ 0.9× raw WebFlux (" + ratioToRaw(Benchmarks.HEADLINE_PIPELINED, server, "msgs_per_s") + ")");
			target(netty >= 0.9 * m(Benchmarks.HEADLINE_PIPELINED, Server.VERTX, "msgs_per_s"), server.label()
					+ ": pipelined ≥ 0.9× Vert.x (" + ratio(netty, m(Benchmarks.HEADLINE_PIPELINED, Server.VERTX, "msgs_per_s")) + ")");
			quarkusTarget(server, Benchmarks.HEADLINE_RTT, "echo-rtt");
			quarkusTarget(server, Benchmarks.HEADLINE_PIPELINED, "pipelined");
		}
		defaultModeTargets(Benchmarks.HEADLINE_RTT, "echo-rtt");
		defaultModeTargets(Benchmarks.HEADLINE_PIPELINED, "pipelined");
	}

	/** Ordinary service methods on Reactor Netty: near raw WebFlux, and never below wsboot on Tomcat. */
	private void defaultModeTargets(String scenario, String mode) {
		Server server = Server.WSBOOT_NETTY;
		double wsboot = m(scenario, server, "msgs_per_s");
		target(wsboot >= 0.8 * m(scenario, Server.RAW_NETTY, "msgs_per_s"),
				server.label() + ": " + mode + " msgs/s ≥ 0.8× raw WebFlux (" + ratioToRaw(scenario, server, "msgs_per_s") + ")");
		double tomcat = m(scenario, Server.WSBOOT_TOMCAT, "msgs_per_s");
		target(wsboot >= tomcat, server.label() + ": " + mode + " msgs/s ≥ " + Server.WSBOOT_TOMCAT.label() + " ("
				+ ratio(wsboot, tomcat) + ")");
	}

	/** wsboot's msgs/s at least Quarkus's in the same execution model. */
	private void quarkusTarget(Server server, String scenario, String mode) {
		double wsboot = m(scenario, server, "msgs_per_s");
		double quarkus = m(scenario, server.quarkusPeer(), "msgs_per_s");
		target(wsboot >= quarkus, server.label() + ": " + mode + " msgs/s ≥ " + server.quarkusPeer().label() + " ("
				+ ratio(wsboot, quarkus) + ")");
	}

	private void growth() {
		line("## How cost grows: message size, connections, compression (one run each)");
		line("");
		StringBuilder head = new StringBuilder("| scenario |");
		StringBuilder rule = new StringBuilder("|---|");
		for (Server server : Benchmarks.GROWTH_SERVERS) {
			head.append(' ').append(server.label()).append(" |");
			rule.append("---|");
		}
		line(head.toString());
		line(rule.toString());
		for (String scenario : Benchmarks.GROWTH) {
			StringBuilder row = new StringBuilder("| " + scenario + " msgs/s |");
			for (Server server : Benchmarks.GROWTH_SERVERS) {
				row.append(' ').append(count(m(scenario, server, "msgs_per_s")));
				if (server.kind() == Server.Kind.WSBOOT) {
					row.append(" (").append(ratioToRaw(scenario, server, "msgs_per_s")).append(')');
				}
				row.append(" |");
			}
			line(row.toString());
		}
		line("");
	}

	private void idle() {
		line("## Memory per idle connection");
		line("");
		line("Heap after a full collection (`jcmd GC.run`, then `GC.heap_info`) and RSS (`/proc/<pid>/status`), less the figures before the first connection, divided by the connections held; then every connection is closed with a close frame and the table counts those the server answered.");
		line("");
		line("| server | heap/conn at 1k | at 10k | ×raw at 10k | RSS/conn at 1k | at 10k | clean closes of 10,000 |");
		line("|---|---|---|---|---|---|---|");
		for (Server server : Benchmarks.IDLE_SERVERS) {
			line("| " + server.label() + " | " + kb(m(Benchmarks.IDLE, server, "heap_per_conn_1000")) + " | "
					+ kb(m(Benchmarks.IDLE, server, "heap_per_conn_10000")) + " | "
					+ ratioToRaw(Benchmarks.IDLE, server, "heap_per_conn_10000") + " | "
					+ kb(m(Benchmarks.IDLE, server, "rss_per_conn_1000")) + " | "
					+ kb(m(Benchmarks.IDLE, server, "rss_per_conn_10000")) + " | "
					+ count(m(Benchmarks.IDLE, server, "clean_closes")) + " |");
		}
		line("");
		for (Server server : List.of(Server.WSBOOT_TOMCAT, Server.WSBOOT_JETTY, Server.WSBOOT_NETTY)) {
			target(m(Benchmarks.IDLE, server, "heap_per_conn_10000") <= 1.1 * m(Benchmarks.IDLE, server.baseline(), "heap_per_conn_10000"),
					server.label() + ": heap per idle connection ≤ 1.1× raw ("
							+ ratioToRaw(Benchmarks.IDLE, server, "heap_per_conn_10000") + ")");
		}
		target(m(Benchmarks.IDLE, Server.WSBOOT_NETTY, "heap_per_conn_10000") <= 12 * 1024,
				"wsboot on WebFlux: heap per idle connection ≤ 12 KB ("
						+ kb(m(Benchmarks.IDLE, Server.WSBOOT_NETTY, "heap_per_conn_10000")) + ")");
		for (Server server : Benchmarks.IDLE_SERVERS) {
			target(m(Benchmarks.IDLE, server, "clean_closes") == 10_000,
					server.label() + ": 10,000 idle connections held and closed cleanly ("
							+ count(m(Benchmarks.IDLE, server, "clean_closes")) + ")");
		}
	}

	private void clients() {
		line("## Clients: blocking WsClient beside the JDK's and OkHttp's");
		line("");
		line("Against the raw WebFlux echo, one connection, 64 B text, 2 s each after as long a warm-up: sequential round trips (write, wait for the echo), and pipelined writes (one thread writes with at most 64 unanswered, another reads).");
		line("");
		line("| client | round trips/s | pipelined msgs/s |");
		line("|---|---|---|");
		double wsClient = Double.NaN;
		double jdk = Double.NaN;
		for (String result : this.clientResults) {
			Map<String, String> pairs = Measurements.parse(result);
			double rtt = Double.parseDouble(pairs.get("round_trips_per_s"));
			line("| " + pairs.get("client") + " | " + count(rtt) + " | " + count(Double.parseDouble(pairs.get("pipelined_per_s")))
					+ " |");
			if ("WsClient".equals(pairs.get("client"))) {
				wsClient = rtt;
			}
			if ("JDK".equals(pairs.get("client"))) {
				jdk = rtt;
			}
		}
		line("");
		target(wsClient >= jdk, "WsClient round trips ≥ the JDK client's (" + ratio(wsClient, jdk) + ")");
	}

	/** A few sentences computed from the medians, so that the reading always matches the tables. */
	private void reading() {
		String rtt = Benchmarks.HEADLINE_RTT;
		String pipe = Benchmarks.HEADLINE_PIPELINED;
		line("## Reading");
		line("");
		line("- What wsboot's layer costs, as wsboot ÷ raw Spring on the same engine (64 B, pipelined / echo-rtt): Tomcat "
				+ ratioToRaw(pipe, Server.WSBOOT_TOMCAT, "msgs_per_s") + " / " + ratioToRaw(rtt, Server.WSBOOT_TOMCAT, "msgs_per_s")
				+ ", Jetty " + ratioToRaw(pipe, Server.WSBOOT_JETTY, "msgs_per_s") + " / "
				+ ratioToRaw(rtt, Server.WSBOOT_JETTY, "msgs_per_s") + ", Reactor Netty "
				+ ratioToRaw(pipe, Server.WSBOOT_NETTY, "msgs_per_s") + " / " + ratioToRaw(rtt, Server.WSBOOT_NETTY, "msgs_per_s")
				+ " with service methods on worker threads (the default: they may block), "
				+ ratioToRaw(pipe, Server.WSBOOT_NETTY_NON_BLOCKING, "msgs_per_s") + " / "
				+ ratioToRaw(rtt, Server.WSBOOT_NETTY_NON_BLOCKING, "msgs_per_s")
				+ " with `@NonBlocking` (on the event loop). Above 1× the difference is noise or warm-up, not a gain.");
		line("- The engine matters more than the layer: raw WebFlux on Reactor Netty pipelines "
				+ ratio(m(pipe, Server.RAW_NETTY, "msgs_per_s"), m(pipe, Server.RAW_TOMCAT, "msgs_per_s"))
				+ " of raw Tomcat's messages, and wsboot on it "
				+ ratio(m(pipe, Server.WSBOOT_NETTY, "msgs_per_s"), m(pipe, Server.WSBOOT_TOMCAT, "msgs_per_s"))
				+ " of wsboot on Tomcat's; Vert.x 5 pipelines "
				+ ratio(m(pipe, Server.VERTX, "msgs_per_s"), m(pipe, Server.RAW_TOMCAT, "msgs_per_s")) + " of raw Tomcat's.");
		line("- Beside Quarkus WebSockets Next in the same execution model (64 B, pipelined / echo-rtt): wsboot on Reactor Netty with methods on workers "
				+ ratio(m(pipe, Server.WSBOOT_NETTY, "msgs_per_s"), m(pipe, Server.QUARKUS_BLOCKING, "msgs_per_s")) + " / "
				+ ratio(m(rtt, Server.WSBOOT_NETTY, "msgs_per_s"), m(rtt, Server.QUARKUS_BLOCKING, "msgs_per_s"))
				+ " of Quarkus's blocking endpoint, `@NonBlocking` "
				+ ratio(m(pipe, Server.WSBOOT_NETTY_NON_BLOCKING, "msgs_per_s"), m(pipe, Server.QUARKUS_UNI, "msgs_per_s")) + " / "
				+ ratio(m(rtt, Server.WSBOOT_NETTY_NON_BLOCKING, "msgs_per_s"), m(rtt, Server.QUARKUS_UNI, "msgs_per_s"))
				+ " of its `Uni` endpoint; Quarkus's `Uni` endpoint pipelines "
				+ ratio(m(pipe, Server.QUARKUS_UNI, "msgs_per_s"), m(pipe, Server.VERTX, "msgs_per_s"))
				+ " of what Vert.x 5 alone does, its blocking one "
				+ ratio(m(pipe, Server.QUARKUS_BLOCKING, "msgs_per_s"), m(pipe, Server.QUARKUS_UNI, "msgs_per_s"))
				+ " of its `Uni` one.");
		line("- An idle connection at 10,000 costs, in heap, " + kb(m(Benchmarks.IDLE, Server.WSBOOT_TOMCAT, "heap_per_conn_10000"))
				+ " with wsboot on Tomcat (raw " + kb(m(Benchmarks.IDLE, Server.RAW_TOMCAT, "heap_per_conn_10000")) + "), "
				+ kb(m(Benchmarks.IDLE, Server.WSBOOT_JETTY, "heap_per_conn_10000")) + " on Jetty (raw "
				+ kb(m(Benchmarks.IDLE, Server.RAW_JETTY, "heap_per_conn_10000")) + ") and "
				+ kb(m(Benchmarks.IDLE, Server.WSBOOT_NETTY, "heap_per_conn_10000")) + " on Reactor Netty (raw "
				+ kb(m(Benchmarks.IDLE, Server.RAW_NETTY, "heap_per_conn_10000")) + "); Vert.x "
				+ kb(m(Benchmarks.IDLE, Server.VERTX, "heap_per_conn_10000")) + ".");
		long missed = this.targets.stream().filter((target) -> target.contains("**missed**")).count();
		line("- " + ((missed == 0) ? "Every target was met in this run."
				: missed + " of " + this.targets.size() + " targets were missed in this run; see the list above."));
		line("");
	}

	private void target(boolean met, String text) {
		this.targets.add("- " + (met ? "met" : "**missed**") + ": " + text);
	}

	private double m(String scenario, Server server, String metric) {
		return this.m.median(scenario, server, metric);
	}

	private String ratioToRaw(String scenario, Server server, String metric) {
		if (server.kind() != Server.Kind.WSBOOT) {
			return "";
		}
		return ratio(m(scenario, server, metric), m(scenario, server.baseline(), metric));
	}

	private static String cpu() throws IOException {
		return Files.readAllLines(Path.of("/proc/cpuinfo"))
			.stream()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse("unknown CPU");
	}

	private static String memory() {
		long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
		return String.format(Locale.ROOT, "%.0f GiB RAM", bytes / (1024.0 * 1024 * 1024));
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
