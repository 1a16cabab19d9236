package io.wsboot.bench.clients;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The blocking {@code WsClient} beside the JDK's and OkHttp's clients, against one echo server:
 * sequential round trips per second, and pipelined messages per second (one thread writes with at
 * most {@value #IN_FLIGHT} unanswered messages, another reads). Every echo is checked against what
 * was sent. Arguments: the echo server's URL and the seconds each measurement lasts. Prints one
 * {@code RESULT} line per client, measured after as long a warm-up; {@code FAILED …} and exit
 * status 2 on a wrong or lost echo.
 */
public final class ClientComparison {

	private static final int IN_FLIGHT = 64;

	private static final String PADDING = "x".repeat(64);

	private ClientComparison() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		long seconds = Long.parseLong(args[1]);
		try {
			for (String name : List.of("WsClient", "JDK", "OkHttp")) {
				try (EchoClient client = open(name, url)) {
					roundTrips(client, seconds);
					double roundTrips = roundTrips(client, seconds);
					double pipelined = pipelined(client, seconds);
					System.out.println(String.format(Locale.ROOT, "RESULT client=%s round_trips_per_s=%.1f pipelined_per_s=%.1f",
							name, roundTrips, pipelined));
				}
			}
		}
		catch (Exception ex) {
			System.out.println("FAILED " + ex);
			System.exit(2);
		}
		System.exit(0);
	}

	private static EchoClient open(String name, String url) throws Exception {
		return switch (name) {
			case "WsClient" -> new WsClientEcho(url);
			case "JDK" -> new JdkEcho(url);
			default -> new OkHttpEcho(url);
		};
	}

	private static double roundTrips(EchoClient client, long seconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		long count = 0;
		while (System.nanoTime() < end) {
			String message = message(count);
			client.send(message);
			check(message, client.next());
			count++;
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static double pipelined(EchoClient client, long seconds) throws Exception {
		Semaphore window = new Semaphore(IN_FLIGHT);
		AtomicReference<Exception> readFailure = new AtomicReference<>();
		long[] sent = new long[1];
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		Thread reader = new Thread(() -> {
			long received = 0;
			try {
				while (true) {
					String echo = client.next();
					if (echo.equals("end")) {
						return;
					}
					check(message(received++), echo);
					window.release();
				}
			}
			catch (Exception ex) {
				readFailure.set(ex);
			}
		}, "pipelined-reader");
		reader.start();
		while (System.nanoTime() < end && readFailure.get() == null) {
			if (window.tryAcquire(1, TimeUnit.SECONDS)) {
				client.send(message(sent[0]++));
			}
		}
		client.send("end");
		reader.join(TimeUnit.SECONDS.toMillis(30));
		if (readFailure.get() != null) {
			throw readFailure.get();
		}
		return sent[0] / ((System.nanoTime() - start) / 1e9);
	}

	private static String message(long sequence) {
		String number = Long.toString(sequence);
		return number + PADDING.substring(number.length());
	}

	private static void check(String expected, String echo) {
		if (!expected.equals(echo)) {
			throw new IllegalStateException("wrong echo: expected " + expected + " but got " + echo);
		}
	}

}
