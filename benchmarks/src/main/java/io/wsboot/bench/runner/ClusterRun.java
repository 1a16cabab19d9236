package io.wsboot.bench.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cross-instance broadcast (cluster mode, {@code websocket.cluster.enabled}) next to the local case: a
 * {@code redis-server} on a free loopback port and two wsboot servers on Tomcat that share it (instances A and
 * B), plus a third without cluster mode. The load generator's fan-out mode (no stalled peers) puts one writer on
 * A and {@value #READERS} readers in the same room on A (local, through Redis too), on B (every message crosses
 * Redis) or on the server without cluster mode, with 1 and then {@value #PIPELINED} messages on their way.
 */
final class ClusterRun {

	static final int READERS = 100;

	static final int PIPELINED = 16;

	static final int SIZE = 512;

	static final int WARMUP_SECONDS = 2;

	static final int PORT = Benchmarks.PORT + 20;

	/** Where the readers are, and the label of the case. */
	enum Placement {

		LOCAL_NO_CLUSTER("same instance, cluster mode off"),

		LOCAL("same instance as the writer (A), cluster mode on"),

		CROSS("other instance (B): every message through Redis");

		final String label;

		Placement(String label) {
			this.label = label;
		}

	}

	/**
	 * One measured case.
	 * @param placement where the readers were
	 * @param inFlight messages on their way at most
	 * @param result the load generator's {@code RESULT} pairs
	 */
	record Result(Placement placement, int inFlight, Map<String, String> result) {
	}

	private final Processes processes;

	private final int seconds;

	ClusterRun(Processes processes, int seconds) {
		this.processes = processes;
		this.seconds = seconds;
	}

	int seconds() {
		return this.seconds;
	}

	List<Result> run() throws IOException, InterruptedException {
		int redisPort = freePort();
		Process redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no")
			.redirectErrorStream(true)
			.redirectOutput(this.processes.log("redis").toFile())
			.start();
		List<Process> servers = new ArrayList<>();
		try {
			awaitPort(redisPort);
			Map<String, String> cluster = new LinkedHashMap<>();
			cluster.put("spring.autoconfigure.exclude", "");
			cluster.put("websocket.cluster.enabled", "true");
			cluster.put("spring.application.name", "bench-cluster");
			cluster.put("spring.data.redis.host", "127.0.0.1");
			cluster.put("spring.data.redis.port", String.valueOf(redisPort));
			servers.add(start("cluster-a", PORT, cluster));
			servers.add(start("cluster-b", PORT + 1, cluster));
			servers.add(start("cluster-off", PORT + 2, Map.of()));
			List<Result> results = new ArrayList<>();
			for (int inFlight : new int[] { 1, PIPELINED }) {
				for (Placement placement : Placement.values()) {
					Benchmarks.log("cluster: readers on the " + placement.label + ", " + inFlight + " in flight");
					results.add(new Result(placement, inFlight, load(placement, inFlight)));
				}
			}
			return results;
		}
		finally {
			for (Process server : servers) {
				Processes.stop(server);
			}
			Processes.stop(redis);
		}
	}

	private Process start(String name, int port, Map<String, String> properties)
			throws IOException, InterruptedException {
		return this.processes.startServer(Server.WSBOOT_TOMCAT, this.processes.log(name), port, 65536, properties);
	}

	private Map<String, String> load(Placement placement, int inFlight) throws IOException, InterruptedException {
		int writerPort = (placement == Placement.LOCAL_NO_CLUSTER) ? PORT + 2 : PORT;
		int readerPort = switch (placement) {
			case LOCAL_NO_CLUSTER -> PORT + 2;
			case LOCAL -> PORT;
			case CROSS -> PORT + 1;
		};
		Process load = this.processes.startClient(Benchmarks.LOAD,
				List.of("--url", room(writerPort), "--reader-url", room(readerPort), "--mode", "fanout", "--connections",
						String.valueOf(READERS + 1), "--size", String.valueOf(SIZE), "--in-flight",
						String.valueOf(inFlight), "--warmup", String.valueOf(WARMUP_SECONDS), "--duration",
						String.valueOf(this.seconds)));
		load.getOutputStream().close();
		try (BufferedReader out = Processes.reader(load)) {
			Map<String, String> result = null;
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("RESULT ")) {
					result = Measurements.parse(line);
				}
				else if (line.startsWith("FAILED")) {
					throw new IllegalStateException("cluster run (" + placement + ") failed: " + line);
				}
			}
			if (result == null || !load.waitFor(30, TimeUnit.SECONDS) || load.exitValue() != 0) {
				throw new IllegalStateException("cluster run (" + placement + ") ended without a RESULT line");
			}
			return result;
		}
		finally {
			load.destroyForcibly();
		}
	}

	private static String room(int port) {
		return "ws://127.0.0.1:" + port + "/fanout/cluster";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void awaitPort(int port) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException ex) {
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("redis-server did not open port " + port + " within 10 s");
	}

}
