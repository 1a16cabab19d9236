package io.wsboot.bench.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole benchmark and writes {@code benchmarks/RESULTS.md}: echo throughput and latency of
 * every server, interleaved over rounds so that machine drift cancels; how cost grows with message
 * size, connections and compression; memory per idle connection at 1,000 and 10,000 connections;
 * the blocking {@code WsClient} beside the JDK's and OkHttp's clients; and a broadcast to a room
 * with stalled peers on each wsboot engine ({@link FanoutRun}); and a broadcast across two instances through
 * Redis next to the local case ({@link ClusterRun}). Quarkus WebSockets Next, blocking and with {@code Uni}, runs
 * beside wsboot in the echo, growth and memory parts.
 *
 * <p>Arguments (see {@link RunOptions}): {@code --quick} for one short round (a smoke test, not for
 * the record); {@code --only fanout} for the fan-out run alone, whose section then replaces the one
 * in {@code RESULTS.md} ({@code --only cluster} likewise for the cluster run, {@code --only echo} for the 64 B
 * echo table, as a section headed by the servers' Java release); {@code --server-java JDK_HOME} for the servers of
 * {@code --only echo} on another JDK; {@code --fanout-property NAME=VALUE} for the fan-out servers' properties.
 */
public final class Benchmarks {

	static final String LOAD = "io.wsboot.bench.load.LoadGenerator";

	static final String CLIENTS = "io.wsboot.bench.clients.ClientComparison";

	static final String HEADLINE_RTT = "echo-rtt, 64 B, 10 connections";

	static final String HEADLINE_PIPELINED = "pipelined (16 in flight), 64 B, 10 connections";

	static final List<String> GROWTH = List.of("echo-rtt, 64 B, 1,000 connections",
			"echo-rtt, 64 B, 10 connections, permessage-deflate", "pipelined (4 in flight), 16 KiB, 10 connections",
			"pipelined (2 in flight), 512 KiB, 10 connections");

	static final String IDLE = "idle connections";

	/** The servers of the growth runs: all but Vert.x and the default mode on virtual threads. */
	static final List<Server> GROWTH_SERVERS = Arrays.stream(Server.values())
		.filter((server) -> server != Server.VERTX && server != Server.WSBOOT_NETTY_VIRTUAL)
		.toList();

	/**
	 * The servers of the memory runs: where methods run does not change what a connection holds, so
	 * {@code @NonBlocking}, virtual threads and Quarkus's {@code Uni} endpoint are not measured again.
	 */
	static final List<Server> IDLE_SERVERS = Arrays.stream(Server.values())
		.filter((server) -> server != Server.WSBOOT_NETTY_NON_BLOCKING && server != Server.WSBOOT_NETTY_VIRTUAL
				&& server != Server.QUARKUS_UNI)
		.toList();

	/** Seconds measured per growth run (one run each, a trend rather than a headline). */
	static final int GROWTH_SECONDS = 2;

	/** Seconds measured per fan-out run, and in a quick run. */
	static final int FANOUT_SECONDS = 10;

	static final int FANOUT_QUICK_SECONDS = 3;

	/** Seconds measured per cluster case. */
	static final int CLUSTER_SECONDS = 5;

	/** The first server's port; the others follow. */
	static final int PORT = 18080;

	private static final int LARGE = 1024 * 1024;

	private final Processes processes;

	private final Measurements measurements = new Measurements();

	private final boolean quick;

	private final List<String> clientResults = new ArrayList<>();

	private Benchmarks(Processes processes, boolean quick) {
		this.processes = processes;
		this.quick = quick;
	}

	public static void main(String[] args) throws Exception {
		RunOptions options = RunOptions.parse(args);
		Processes processes = new Processes(Path.of("benchmarks", "target"), options.serverJava());
		FanoutRun fanout = new FanoutRun(processes, options.fanoutProperties(),
				options.quick() ? FANOUT_QUICK_SECONDS : FANOUT_SECONDS);
		Path results = Path.of("benchmarks", options.quick() ? "target/RESULTS-quick.md" : "RESULTS.md");
		long started = System.nanoTime();
		ClusterRun cluster = new ClusterRun(processes, options.quick() ? FANOUT_QUICK_SECONDS : CLUSTER_SECONDS);
		if (options.clusterOnly()) {
			List<ClusterRun.Result> measured = cluster.run();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			String provenance = "Measured by `" + options.command() + "` on " + LocalDate.now() + " in " + minutes(took)
					+ " (the cluster run alone; the other sections come from the run named at the top).";
			ResultsFile.replaceSection(results, ClusterSection.HEADING,
					new ClusterSection(measured, cluster.seconds(), provenance).render(), "## Targets");
			System.out.println("Wrote the cluster section of " + results + " in " + minutes(took));
			return;
		}
		if (options.echoOnly()) {
			Benchmarks benchmarks = new Benchmarks(processes, options.quick());
			benchmarks.headline();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			String provenance = "Measured by `" + options.command() + "` on " + LocalDate.now() + " in " + minutes(took)
					+ " (the 64 B echo table alone; the other sections come from the run named at the top).";
			EchoSection section = new EchoSection(benchmarks.measurements, options.serverJava(), benchmarks.rounds(),
					provenance);
			ResultsFile.replaceSection(results, section.heading(), section.render(), EchoSection.BEFORE);
			System.out.println("Wrote the section '" + section.heading() + "' of " + results + " in " + minutes(took));
			return;
		}
		if (options.fanoutOnly()) {
			List<FanoutResult> measured = fanout.runAll();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			String provenance = "Measured by `" + options.command() + "` on " + LocalDate.now() + " in " + minutes(took)
					+ " (the fan-out run alone; the other sections come from the run named at the top).";
			ResultsFile.replaceSection(results, FanoutSection.HEADING,
					new FanoutSection(measured, options.fanoutProperties(), fanout.seconds(), provenance).render(),
					"## Targets");
			System.out.println("Wrote the fan-out section of " + results + " in " + minutes(took));
			return;
		}
		List<String> echoSections = ResultsFile.sections(results, EchoSection.HEADING_PREFIX);
		Benchmarks benchmarks = new Benchmarks(processes, options.quick());
		benchmarks.headline();
		benchmarks.growth();
		benchmarks.idleMemory();
		benchmarks.clients();
		List<FanoutResult> measured = fanout.runAll();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		String section = new FanoutSection(measured, options.fanoutProperties(), fanout.seconds(),
				"Measured in this run.").render();
		new Report(benchmarks.measurements, benchmarks.clientResults, options, took, section).write(results);
		for (String kept : echoSections) {
			ResultsFile.replaceSection(results, kept.lines().findFirst().orElseThrow(), kept, EchoSection.BEFORE);
		}
		ResultsFile.replaceSection(results, ClusterSection.HEADING,
				new ClusterSection(cluster.run(), cluster.seconds(), "Measured in this run.").render(), "## Targets");
		System.out.println("Wrote " + results + " in " + minutes(took));
	}


	/**
	 * Every server, both echo modes at 64 B, interleaved over rounds. The servers are started once
	 * and run side by side, each idle while another is measured, so that no round pays for a start;
	 * a first round that is not recorded lets every JVM compile its hot paths.
	 */
	private void headline() throws Exception {
		int rounds = rounds();
		List<Server> servers = Server.echoServers(Integer.parseInt(this.processes.serverJava().feature()));
		Map<Server, Process> running = new EnumMap<>(Server.class);
		try {
			for (Server server : servers) {
				running.put(server, this.processes.startServer(server, port(server), 65536));
			}
			for (Server server : servers) {
				log("headline warm-up round: " + server.label());
				load(server, "echo-rtt", 10, 64, 1, false, 1);
				load(server, "pipelined", 10, 64, 16, false, 1);
			}
			for (int round = 1; round <= rounds; round++) {
				for (Server server : servers) {
					log("headline round " + round + "/" + rounds + ": " + server.label());
					this.measurements.add(HEADLINE_RTT, server, load(server, "echo-rtt", 10, 64, 1, false),
							"msgs_per_s", "p50_us", "p99_us", "p999_us");
					this.measurements.add(HEADLINE_PIPELINED, server, load(server, "pipelined", 10, 64, 16, false),
							"msgs_per_s");
				}
			}
		}
		finally {
			for (Process process : running.values()) {
				Processes.stop(process);
			}
		}
	}

	/** The measured rounds of the 64 B echo runs. */
	private int rounds() {
		return this.quick ? 1 : 3;
	}

	/**
	 * wsboot, raw Spring on each engine and Quarkus, as connections multiply, compression is on and
	 * messages grow. The large-message runs get a fresh server whose raw handlers have 1 MiB buffers
	 * (raw Spring needs them to take such messages at all; wsboot joins parts and keeps its defaults;
	 * Quarkus gets frame and message limits of 1 MiB, as wsboot does).
	 */
	private void growth() throws Exception {
		for (Server server : GROWTH_SERVERS) {
			log("growth: " + server.label());
			Process process = this.processes.startServer(server, port(server), 65536);
			try {
				this.measurements.add(GROWTH.get(0), server, load(server, "echo-rtt", 1000, 64, 1, false, GROWTH_SECONDS), "msgs_per_s",
						"p99_us");
				this.measurements.add(GROWTH.get(1), server, load(server, "echo-rtt", 10, 64, 1, true, GROWTH_SECONDS), "msgs_per_s",
						"p99_us");
			}
			finally {
				Processes.stop(process);
			}
			process = this.processes.startServer(server, port(server), LARGE);
			try {
				this.measurements.add(GROWTH.get(2), server, load(server, "pipelined", 10, 16 * 1024, 4, false, GROWTH_SECONDS),
						"msgs_per_s");
				this.measurements.add(GROWTH.get(3), server, load(server, "pipelined", 10, 512 * 1024, 2, false, GROWTH_SECONDS),
						"msgs_per_s");
			}
			finally {
				Processes.stop(process);
			}
		}
	}

	/**
	 * Heap after a full collection and RSS with 1,000, then 10,000 idle connections; then a clean
	 * close of all, on each server of {@link #IDLE_SERVERS}.
	 */
	private void idleMemory() throws Exception {
		for (Server server : IDLE_SERVERS) {
			log("idle memory: " + server.label());
			Process process = this.processes.startServer(server, port(server), 65536);
			List<Process> holders = new ArrayList<>();
			List<BufferedReader> outputs = new ArrayList<>();
			try {
				long pid = process.pid();
				long heapBefore = Processes.heapAfterGc(pid);
				long rssBefore = Processes.rss(pid);
				int connected = 0;
				for (int target : new int[] { 1000, 10_000 }) {
					Process holder = this.processes.startClient(LOAD, List.of("--url", url(server), "--mode", "connect",
							"--connections", String.valueOf(target - connected)));
					holders.add(holder);
					outputs.add(Processes.reader(holder));
					connected += awaitConnected(outputs.get(outputs.size() - 1), target - connected);
					long heap = Processes.heapAfterGc(pid);
					long rss = Processes.rss(pid);
					this.measurements.add(IDLE, server, "heap_per_conn_" + target, (heap - heapBefore) / (double) target);
					this.measurements.add(IDLE, server, "rss_per_conn_" + target, (rss - rssBefore) / (double) target);
				}
				int clean = 0;
				for (Process holder : holders) {
					Processes.send(holder, "close");
				}
				for (BufferedReader output : outputs) {
					clean += awaitClosed(output);
				}
				this.measurements.add(IDLE, server, "clean_closes", clean);
			}
			finally {
				holders.forEach(Process::destroyForcibly);
				Processes.stop(process);
			}
		}
	}

	/** WsClient, the JDK's client and OkHttp against the fastest raw server. */
	private void clients() throws Exception {
		log("clients");
		Process process = this.processes.startServer(Server.RAW_NETTY, port(Server.RAW_NETTY), 65536);
		try {
			this.clientResults.addAll(this.processes.runClient(CLIENTS,
					List.of(url(Server.RAW_NETTY), "2"), Duration.ofMinutes(5)));
		}
		finally {
			Processes.stop(process);
		}
	}

	private Map<String, String> load(Server server, String mode, int connections, int size, int inFlight,
			boolean compression) throws Exception {
		return load(server, mode, connections, size, inFlight, compression, this.quick ? 2 : 3);
	}

	private Map<String, String> load(Server server, String mode, int connections, int size, int inFlight,
			boolean compression, int seconds) throws Exception {
		List<String> arguments = List.of("--url", url(server), "--mode", mode, "--connections", String.valueOf(connections),
				"--size", String.valueOf(size), "--in-flight", String.valueOf(inFlight), "--compression",
				String.valueOf(compression), "--warmup", "1", "--duration", String.valueOf(seconds));
		return Measurements.parse(this.processes.runClient(LOAD, arguments, Duration.ofMinutes(3)).get(0));
	}

	private static int awaitConnected(BufferedReader output, int expected) throws IOException {
		String line = Processes.awaitLine(output, "CONNECTED");
		int connected = Integer.parseInt(Measurements.parse("RESULT " + line.substring("CONNECTED".length())).get("n"));
		if (connected != expected) {
			throw new IllegalStateException("only " + connected + " of " + expected + " connections opened: " + line);
		}
		return connected;
	}

	private static int awaitClosed(BufferedReader output) throws IOException {
		String line = Processes.awaitLine(output, "CLOSED");
		return Integer.parseInt(Measurements.parse("RESULT " + line.substring("CLOSED".length())).get("clean"));
	}

	/** Each server has a port of its own, so that all can run side by side. */
	static int port(Server server) {
		return PORT + server.ordinal();
	}

	private static String url(Server server) {
		return "ws://127.0.0.1:" + port(server) + server.path();
	}

	static String minutes(Duration took) {
		return took.toMinutes() + " min " + took.toSecondsPart() + " s";
	}

	static void log(String step) {
		System.out.println("[bench] " + step);
	}

}
