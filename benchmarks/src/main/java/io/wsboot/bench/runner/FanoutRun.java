package io.wsboot.bench.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The fan-out run on each wsboot engine: the servers are started side by side with the run's properties, then the
 * load generator runs in fan-out mode against each one's room {@value #ROOM} in turn ({@value #CONNECTIONS}
 * connections, {@value #STALLED} of them stalled, {@value #SIZE} B messages, at most {@value #IN_FLIGHT} on their
 * way). At each of the load generator's checkpoints the server's heap is measured after a full collection; once
 * the servers have stopped, their logs say how the stalled peers' connections ended there.
 */
final class FanoutRun {

	static final List<Server> SERVERS = List.of(Server.WSBOOT_TOMCAT, Server.WSBOOT_JETTY, Server.WSBOOT_NETTY);

	/**
	 * The server properties of the run unless the command line says otherwise: a short send-time limit, so that
	 * the stalled peers are dropped within the run, and a small kernel send buffer, so that they are felt within
	 * seconds (see {@code SocketSendBufferConfiguration}).
	 */
	static final Map<String, String> DEFAULT_PROPERTIES = Collections.unmodifiableMap(
			new TreeMap<>(Map.of("websocket.server.send-time-limit", "2s", "bench.socket-send-buffer", "16KB")));

	static final String ROOM = "/fanout/bench";

	static final int CONNECTIONS = 1000;

	static final int STALLED = 10;

	static final int SIZE = 512;

	static final int IN_FLIGHT = 8;

	static final int WARMUP_SECONDS = 2;

	private static final String OK = "go";

	private final Processes processes;

	private final Map<String, String> properties;

	private final int seconds;

	/**
	 * @param processes starts the JVMs
	 * @param properties the servers' properties
	 * @param seconds the length of the measurement window
	 */
	FanoutRun(Processes processes, Map<String, String> properties, int seconds) {
		this.processes = processes;
		this.properties = properties;
		this.seconds = seconds;
	}

	int seconds() {
		return this.seconds;
	}

	/**
	 * Runs the fan-out on every server of {@link #SERVERS}.
	 * @return the results, in that order
	 */
	List<FanoutResult> runAll() throws IOException, InterruptedException {
		Map<Server, Process> running = new EnumMap<>(Server.class);
		List<FanoutResult> results = new ArrayList<>();
		try {
			for (Server server : SERVERS) {
				running.put(server, this.processes.startServer(server, Benchmarks.port(server), 65536, this.properties));
			}
			for (Server server : SERVERS) {
				Benchmarks.log("fan-out: " + server.label());
				results.add(run(server, running.get(server)));
			}
		}
		finally {
			for (Process process : running.values()) {
				Processes.stop(process);
			}
		}
		List<FanoutResult> withEvents = new ArrayList<>();
		for (FanoutResult result : results) {
			withEvents.add(result.withServerEvents(serverEvents(this.processes.log(result.server()))));
		}
		return withEvents;
	}

	private FanoutResult run(Server server, Process process) throws IOException, InterruptedException {
		int port = Benchmarks.port(server);
		Process load = this.processes.startClient(Benchmarks.LOAD, List.of("--url", "ws://127.0.0.1:" + port + ROOM,
				"--mode", "fanout", "--connections", String.valueOf(CONNECTIONS), "--stalled", String.valueOf(STALLED),
				"--size", String.valueOf(SIZE), "--in-flight", String.valueOf(IN_FLIGHT), "--warmup",
				String.valueOf(WARMUP_SECONDS), "--duration", String.valueOf(this.seconds)));
		try {
			BufferedReader out = Processes.reader(load);
			long heapConnected = heapAt(out, "CONNECTED", load, process);
			long heapDrained = heapAt(out, "DRAINED", load, process);
			long heapResumed = heapAt(out, "RESUMED", load, process);
			List<Map<String, String>> stalled = new ArrayList<>();
			Map<String, String> result = null;
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("STALLED ")) {
					stalled.add(FanoutResult.pairs(line, "how"));
				}
				else if (line.startsWith("RESULT ")) {
					result = Measurements.parse(line);
				}
				else if (line.startsWith("FAILED")) {
					throw new IllegalStateException("fan-out run on " + server.label() + " failed: " + line);
				}
			}
			if (result == null || !load.waitFor(30, TimeUnit.SECONDS) || load.exitValue() != 0) {
				throw new IllegalStateException("fan-out run on " + server.label() + " ended without a RESULT line");
			}
			return new FanoutResult(server, result, stalled, heapConnected, heapDrained, heapResumed, List.of());
		}
		finally {
			load.destroyForcibly();
		}
	}

	/** Waits for a checkpoint, measures the server's heap, and lets the load generator go on. */
	private static long heapAt(BufferedReader out, String checkpoint, Process load, Process server)
			throws IOException, InterruptedException {
		Processes.awaitLine(out, checkpoint);
		long heap = Processes.heapAfterGc(server.pid());
		Processes.send(load, OK);
		return heap;
	}

	/** The room's lines about the stalled peers, and about any other connection that did not end normally. */
	private static List<Map<String, String>> serverEvents(Path log) throws IOException {
		List<Map<String, String>> events = new ArrayList<>();
		for (String line : Files.readAllLines(log)) {
			boolean close = line.startsWith("FANOUT-CLOSE ");
			if (!close && !line.startsWith("FANOUT-ERROR ")) {
				continue;
			}
			Map<String, String> event = FanoutResult.pairs(line, close ? "reason" : "error");
			if (event.getOrDefault("peer", "").startsWith("stalled-") || !close || !"1000".equals(event.get("code"))) {
				events.add(event);
			}
		}
		return events;
	}

}
