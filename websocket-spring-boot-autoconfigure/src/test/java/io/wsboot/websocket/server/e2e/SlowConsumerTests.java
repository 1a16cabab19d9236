package io.wsboot.websocket.server.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A room with a member that stops reading: the others still get every broadcast promptly, and the
 * stalled member is dealt with by its endpoint's send buffer policy. The writer sends 20,000
 * messages of about 500 B as fast as the healthy member reads them, 10 MB in all, more than the
 * kernel buffers of the stalled connection hold; latencies are measured after the first 2,000.
 */
@SpringBootTest(classes = { TestApplication.class, MetricsTests.Meters.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "websocket.server.send-time-limit=30s")
class SlowConsumerTests {

	private static final int MESSAGES = 20_000;

	/** The first messages warm up both ends (class loading, compilation, threads) and are not measured. */
	private static final int WARM_UP = 2_000;

	private static final String PADDING = "x".repeat(480);

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents events;

	@Autowired
	OpenConnections connections;

	@Autowired
	MeterRegistry meters;

	@Test
	void aStalledMemberNeverHoldsUpTheRoomAndIsClosedWhenItsBufferIsFull() throws Exception {
		try (RawWebSocket stalled = RawWebSocket.connectWithSmallReceiveBuffer(this.port,
				"/ws/fanout/one?nick=stalled-1");
				TimedReader healthy = TimedReader.connect(this.port, "/ws/fanout/one?nick=healthy-1");
				JdkClient writer = JdkClient.connect(this.port, "/ws/fanout/one?nick=writer-1")) {
			sendThroughTheRoom(writer, healthy, "stalled-1", "healthy-1", "writer-1");
			assertThat(this.events.next("stalled-1")).isEqualTo("SendBufferOverflowException: Send buffer full: "
					+ "more than 65536 bytes wait for a peer that reads too slowly");
			assertThat(this.connections.withAttribute("nick", "stalled-1")).isEmpty();
			assertThat(this.meters.get("websocket.server.errors")
				.tags("endpoint", "/ws/fanout/{room}", "exception", "SendBufferOverflowException")
				.counter()
				.count()).isEqualTo(1);
			assertThat(this.connections.withAttribute("nick", "healthy-1")).hasSize(1);
			// The stalled member was dropped at once, its send being stuck (a close frame could not get
			// through): reading now drains what the kernel held, then meets the end.
			assertThat(stalled.readToTheEnd()).isIn("dropped", "close 1008");
			assertThat(this.events.queue("healthy-1")).isEmpty();
			assertThat(this.events.queue("writer-1")).isEmpty();
		}
	}

	@Test
	void aStalledMemberOfADropOldestFeedLosesTheOldestMessagesAndStays() throws Exception {
		try (RawWebSocket stalled = RawWebSocket.connectWithSmallReceiveBuffer(this.port,
				"/ws/feed/two?nick=stalled-2");
				TimedReader healthy = TimedReader.connect(this.port, "/ws/feed/two?nick=healthy-2");
				JdkClient writer = JdkClient.connect(this.port, "/ws/feed/two?nick=writer-2")) {
			sendThroughTheRoom(writer, healthy, "stalled-2", "healthy-2", "writer-2");
			assertThat(this.connections.withAttribute("nick", "stalled-2")).hasSize(1);
			assertThat(this.events.queue("stalled-2")).isEmpty();
			// Every broadcast reached all three members: the stalled one's buffer made room each time.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.events.queue("writer-2/reached").size() == MESSAGES);
			assertThat(this.events.queue("writer-2/reached")).containsOnly("3");
			assertThat(this.meters.get("websocket.server.messages.dropped")
				.tags("endpoint", "/ws/feed/{room}")
				.counter()
				.count()).isPositive();
			// Once the stalled member reads again it gets the newest message, after a gap.
			assertThat(lastSequenceOf(stalled)).isEqualTo(MESSAGES - 1);
		}
	}

	/**
	 * Once every member is in, sends the messages and checks that the healthy member got them all, in
	 * order, with a p99 latency under 50 ms.
	 */
	private void sendThroughTheRoom(JdkClient writer, TimedReader healthy, String... nicks) throws InterruptedException {
		for (String nick : nicks) {
			assertThat(this.events.next(nick)).isEqualTo("open");
		}
		sendAll(writer, healthy);
		healthy.awaitAll(MESSAGES);
		assertThat(healthy.outOfOrder()).isZero();
		assertThat(healthy.percentileMillis(99))
			.as("p99 latency of the healthy member in ms (p50 %d, p99.9 %d)", healthy.percentileMillis(50),
					healthy.percentileMillis(99.9))
			.isLessThan(50);
	}

	/**
	 * Sends the messages, each carrying its sequence number and the time it was sent, as fast as the
	 * healthy member takes them: at most {@link TimedReader#WINDOW} ahead of it, so that what waits for
	 * it stays under its buffer limit. A writer faster than every reader would overflow every buffer;
	 * what matters here is that the stalled member does not slow the others.
	 */
	private static void sendAll(JdkClient writer, TimedReader healthy) throws InterruptedException {
		for (int i = 0; i < MESSAGES; i++) {
			healthy.awaitRoom();
			writer.send(i + ":" + System.nanoTime() + ":" + PADDING);
		}
	}

	/** Reads the stalled member's messages until the last one sent, checking that they keep their order. */
	private static int lastSequenceOf(RawWebSocket stalled) throws Exception {
		int last = -1;
		while (last < MESSAGES - 1) {
			RawWebSocket.Frame frame = stalled.readFrame();
			assertThat(frame.opcode()).isEqualTo(1);
			String text = new String(frame.payload(), java.nio.charset.StandardCharsets.UTF_8);
			int sequence = Integer.parseInt(text.substring(0, text.indexOf(':')));
			assertThat(sequence).isGreaterThan(last);
			last = sequence;
		}
		return last;
	}

	/**
	 * A JDK WebSocket client that takes each message's latency as it arrives, from the send time
	 * the message carries.
	 */
	static final class TimedReader implements WebSocket.Listener, AutoCloseable {

		/** How many messages the writer may be ahead of this reader: about 8 KB. */
		static final int WINDOW = 16;

		private final Semaphore room = new Semaphore(WINDOW);

		private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

		private final StringBuilder partial = new StringBuilder();

		private int expected;

		private volatile int outOfOrder;

		private WebSocket webSocket;

		static TimedReader connect(int port, String path) {
			TimedReader reader = new TimedReader();
			reader.webSocket = HttpClient.newHttpClient()
				.newWebSocketBuilder()
				.buildAsync(URI.create("ws://127.0.0.1:" + port + path), reader)
				.orTimeout(10, TimeUnit.SECONDS)
				.join();
			return reader;
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				long now = System.nanoTime();
				String text = this.partial.toString();
				this.partial.setLength(0);
				String[] fields = text.split(":", 3);
				if (Integer.parseInt(fields[0]) != this.expected) {
					this.outOfOrder++;
				}
				this.expected++;
				this.latencies.add(now - Long.parseLong(fields[1]));
				this.room.release();
			}
			webSocket.request(1);
			return null;
		}

		/** Waits until the writer may send one more message; fails after ten seconds without room. */
		void awaitRoom() throws InterruptedException {
			assertThat(this.room.tryAcquire(10, TimeUnit.SECONDS)).as("the healthy member reads within 10 s").isTrue();
		}

		void awaitAll(int count) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(this.latencies).as("messages received").hasSizeGreaterThanOrEqualTo(count));
			assertThat(this.latencies).hasSize(count);
		}

		int outOfOrder() {
			return this.outOfOrder;
		}

		/** A percentile of the latencies after the warm-up messages. */
		long percentileMillis(double percentile) {
			List<Long> sorted;
			synchronized (this.latencies) {
				sorted = new ArrayList<>(this.latencies.subList(WARM_UP, this.latencies.size()));
			}
			Collections.sort(sorted);
			int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
			return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.max(0, index)));
		}

		@Override
		public void close() {
			this.webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS)
				.exceptionally((ex) -> null)
				.join();
			CompletableFuture.runAsync(this.webSocket::abort, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
		}

	}

}
