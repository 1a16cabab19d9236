package io.wsboot.bench.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command-line arguments of {@link LoadGenerator}, each given as {@code --name value}.
 *
 * @param url the server's {@code ws://} address
 * @param mode what to measure
 * @param connections how many connections to open
 * @param size the payload size of a message in bytes
 * @param binary whether messages are binary rather than text
 * @param inFlight the messages in flight per connection in pipelined mode
 * @param warmupSeconds how long messages are checked but not counted before the window
 * @param durationSeconds the length of the measurement window
 * @param compression whether to offer permessage-deflate
 * @param maxFrame the largest frame payload sent; longer messages are fragmented
 * @param holdSeconds how long connect mode holds its connections, or a negative number to wait for
 * {@code close} on standard input
 * @param threads the event-loop threads
 * @param stalled how many of the connections stop reading in fan-out mode
 * @param readerUrl where the readers of fan-out mode connect, such as another instance of a clustered server; the
 * writer and the stalled peers connect to {@code url}
 */
record LoadOptions(URI url, Mode mode, int connections, int size, boolean binary, int inFlight, double warmupSeconds,
		double durationSeconds, boolean compression, int maxFrame, double holdSeconds, int threads, int stalled,
		URI readerUrl) {

	private static final String USAGE = "usage: --url ws://HOST:PORT/PATH --mode echo-rtt|pipelined|connect|fanout"
			+ " [--connections 10] [--size 64] [--binary false] [--in-flight 16] [--warmup 2] [--duration 5]"
			+ " [--compression false] [--max-frame 1048576] [--hold SECONDS] [--threads " + defaultThreads() + "]"
			+ " [--stalled 0] [--reader-url ws://HOST:PORT/PATH]";

	private static final Set<String> NAMES = Set.of("url", "mode", "connections", "size", "binary", "in-flight",
			"warmup", "duration", "compression", "max-frame", "hold", "threads", "stalled", "reader-url");

	/**
	 * What a run measures.
	 */
	enum Mode {

		/** One message in flight per connection; round trips timed. */
		ECHO_RTT("echo-rtt"),

		/** A fixed number of messages in flight per connection; throughput. */
		PIPELINED("pipelined"),

		/** Many idle connections opened, held and closed. */
		CONNECT("connect"),

		/** One writer broadcasting to a room of readers, some of them stalled; delivery and latency. */
		FANOUT("fanout");

		private final String label;

		Mode(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	/**
	 * Parses {@code --name value} pairs.
	 * @param args the command line
	 * @return the options
	 * @throws LoadFailure on an unknown, missing or malformed argument
	 */
	static LoadOptions parse(String[] args) throws LoadFailure {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			String name = args[i].startsWith("--") ? args[i].substring(2) : "";
			if (!NAMES.contains(name)) {
				throw new LoadFailure("unknown argument " + args[i] + "; " + USAGE);
			}
			if (i + 1 == args.length) {
				throw new LoadFailure("no value for " + args[i] + "; " + USAGE);
			}
			values.put(name, args[i + 1]);
		}
		if (!values.containsKey("url") || !values.containsKey("mode")) {
			throw new LoadFailure("--url and --mode are required; " + USAGE);
		}
		LoadOptions options = new LoadOptions(url(values.get("url")), mode(values.get("mode")),
				integer(values, "connections", 10, 1), integer(values, "size", 64, 0), bool(values, "binary"),
				integer(values, "in-flight", 16, 1), seconds(values, "warmup", 2), seconds(values, "duration", 5),
				bool(values, "compression"), integer(values, "max-frame", 1 << 20, 1),
				values.containsKey("hold") ? seconds(values, "hold", 0) : -1,
				integer(values, "threads", defaultThreads(), 1), integer(values, "stalled", 0, 0),
				url(values.getOrDefault("reader-url", values.get("url"))));
		if (options.mode() != Mode.CONNECT && options.durationSeconds() == 0) {
			throw new LoadFailure("--duration must be above 0");
		}
		return options;
	}

	long warmupNanos() {
		return nanos(this.warmupSeconds);
	}

	long durationNanos() {
		return nanos(this.durationSeconds);
	}

	long holdNanos() {
		return nanos(this.holdSeconds);
	}

	/**
	 * The largest frame and message accepted from the server: twice the message size, at least 1 MiB and at least
	 * {@code --max-frame}.
	 */
	int incomingLimit() {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(Math.max(2L * this.size, 1 << 20), this.maxFrame));
	}

	private static long nanos(double seconds) {
		return (long) (seconds * 1e9);
	}

	private static int defaultThreads() {
		return Math.min(2, Runtime.getRuntime().availableProcessors());
	}

	private static URI url(String value) throws LoadFailure {
		try {
			URI url = new URI(value);
			if (!"ws".equals(url.getScheme()) || url.getHost() == null) {
				throw new LoadFailure("--url must be ws://HOST[:PORT]/PATH, not " + value);
			}
			return url;
		}
		catch (URISyntaxException ex) {
			throw new LoadFailure("--url " + value + ": " + ex.getMessage());
		}
	}

	private static Mode mode(String value) throws LoadFailure {
		for (Mode mode : Mode.values()) {
			if (mode.label().equals(value)) {
				return mode;
			}
		}
		throw new LoadFailure("--mode must be echo-rtt, pipelined, connect or fanout, not " + value);
	}

	private static int integer(Map<String, String> values, String name, int defaultValue, int min) throws LoadFailure {
		String value = values.get(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed >= min) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new LoadFailure("--" + name + " must be an integer of at least " + min + ", not " + value);
	}

	private static double seconds(Map<String, String> values, String name, double defaultValue) throws LoadFailure {
		String value = values.get(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			double parsed = Double.parseDouble(value);
			if (parsed >= 0 && parsed < 1e6) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new LoadFailure("--" + name + " must be a number of seconds, not " + value);
	}

	private static boolean bool(Map<String, String> values, String name) throws LoadFailure {
		String value = values.getOrDefault(name, "false");
		if (!value.equals("true") && !value.equals("false")) {
			throw new LoadFailure("--" + name + " must be true or false, not " + value);
		}
		return value.equals("true");
	}

}
