package io.wsboot.bench.load;

import io.netty.util.ResourceLeakDetector;

/**
 * A command-line WebSocket load generator on Netty's client codec. Arguments are {@code --name value} pairs (see
 * {@link LoadOptions}); modes:
 * <ul>
 * <li>{@code echo-rtt}: one message in flight per connection, each echo checked byte for byte; messages per second
 * and round-trip percentiles;</li>
 * <li>{@code pipelined}: {@code --in-flight} messages in flight per connection, each echo checked in order;
 * messages per second;</li>
 * <li>{@code connect}: opens, holds and closes idle connections (see {@link ConnectBenchmark});</li>
 * <li>{@code fanout}: one writer broadcasting to a room of readers, {@code --stalled} of them not reading; delivery
 * and latency per reader (see {@link FanoutBenchmark}).</li>
 * </ul>
 * A run that succeeds prints one {@code RESULT key=value …} line on standard output and exits with 0; any
 * mismatch, lost message (echo modes; fan-out mode counts them), failed handshake (echo and fan-out modes) or
 * exception prints {@code FAILED <reason>} and exits with 2. Everything else goes to standard error. Netty's leak detection is off unless
 * {@code -Dio.netty.leakDetection.level} is given.
 */
public final class LoadGenerator {

	private LoadGenerator() {
	}

	public static void main(String[] args) {
		if (System.getProperty("io.netty.leakDetection.level") == null) {
			ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
		}
		int status = 2;
		try {
			LoadOptions options = LoadOptions.parse(args);
			String result = switch (options.mode()) {
				case ECHO_RTT, PIPELINED -> new EchoBenchmark(options).run();
				case CONNECT -> new ConnectBenchmark(options).run();
				case FANOUT -> new FanoutBenchmark(options).run();
			};
			System.out.println(result);
			status = 0;
		}
		catch (LoadFailure ex) {
			System.out.println("FAILED " + ex.getMessage());
		}
		catch (Exception | Error ex) {
			ex.printStackTrace();
			System.out.println("FAILED " + ex);
		}
		System.exit(status);
	}

	static void log(String message) {
		System.err.println("[load] " + message);
	}

}
