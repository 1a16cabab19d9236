package io.wsboot.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs connect mode: opens the connections ({@value Connector#MAX_PENDING_HANDSHAKES} handshakes at a time, none
 * retried) and prints {@code CONNECTED n=… failed=…}; holds them idle until {@code --hold} expires or a line
 * {@code close} is read from standard input (without {@code --hold}, the end of the input counts as {@code close});
 * then closes them all with close frames, prints {@code CLOSED clean=… total=…} and builds the {@code RESULT} line.
 * Connections that fail or drop count as such; they do not fail the run.
 */
final class ConnectBenchmark {

	private static final long CLOSE_NANOS = TimeUnit.SECONDS.toNanos(30);

	private final LoadOptions options;

	ConnectBenchmark(LoadOptions options) {
		this.options = options;
	}

	String run() throws LoadFailure, InterruptedException {
		List<ClientHandler> handlers = new ArrayList<>(this.options.connections());
		for (int i = 0; i < this.options.connections(); i++) {
			handlers.add(new ClientHandler());
		}
		try (Connector connector = new Connector(this.options)) {
			LoadGenerator.log("opening " + handlers.size() + " connection(s) to " + this.options.url() + " over "
					+ connector.transport());
			long begin = System.nanoTime();
			connector.connectAll(handlers);
			double connectSeconds = (System.nanoTime() - begin) / 1e9;
			int connected = 0;
			String firstFailure = null;
			for (ClientHandler handler : handlers) {
				String failure = handler.handshakeFailure();
				connected += (failure == null) ? 1 : 0;
				firstFailure = (firstFailure != null) ? firstFailure : failure;
			}
			if (firstFailure != null) {
				LoadGenerator.log("first failure: " + firstFailure);
			}
			LoadGenerator.log(String.format(Locale.ROOT, "connected in %.2f s", connectSeconds));
			System.out.println("CONNECTED n=" + connected + " failed=" + (handlers.size() - connected));
			hold();
			int clean = ClientHandler.closeAll(handlers, System.nanoTime() + CLOSE_NANOS);
			System.out.println("CLOSED clean=" + clean + " total=" + handlers.size());
			int dropped = 0;
			for (ClientHandler handler : handlers) {
				if (handler.lostReason() != null) {
					if (dropped == 0) {
						LoadGenerator.log("first drop: " + handler.lostReason());
					}
					dropped++;
				}
			}
			return String.format(Locale.ROOT,
					"RESULT mode=connect connections=%d connected=%d failed=%d dropped=%d clean=%d connect_s=%.2f",
					handlers.size(), connected, handlers.size() - connected, dropped, clean, connectSeconds);
		}
	}

	private void hold() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		boolean timed = this.options.holdSeconds() >= 0;
		Thread reader = new Thread(() -> awaitCloseLine(release, !timed), "stdin-reader");
		reader.setDaemon(true);
		reader.start();
		LoadGenerator.log(timed ? "holding for " + this.options.holdSeconds() + " s or until 'close' on stdin"
				: "holding until 'close' on stdin");
		if (timed) {
			release.await(this.options.holdNanos(), TimeUnit.NANOSECONDS);
		}
		else {
			release.await();
		}
	}

	private static void awaitCloseLine(CountDownLatch release, boolean endCloses) {
		BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
		try {
			String line;
			while ((line = input.readLine()) != null) {
				if (line.trim().equals("close")) {
					release.countDown();
					return;
				}
			}
		}
		catch (IOException ex) {
			LoadGenerator.log("standard input failed: " + ex);
		}
		if (endCloses) {
			LoadGenerator.log("standard input ended; closing");
			release.countDown();
		}
	}

}
