package io.wsboot.websocket.server.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service method that does not return holds up its own connection's socket instead of letting
 * the server read on into memory: a peer that goes on sending soon finds its writes waiting. Once
 * the method returns, every message is handled, in order. The sender is seen to stall, having
 * sent less than all, for a second. The peer sends 64 MiB, more than the
 * kernel's buffers on loopback hold (here at most 32 MiB to receive and 4 MiB to send).
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class InboundBackPressureTests {

	private static final int MESSAGES = 65_536;

	private static final int CHUNK = 256;

	@LocalServerPort
	int port;

	@AfterEach
	void releaseTheGate() {
		GatedServices.release();
	}

	@Test
	void aHeldMethodStopsTheServerReadingItsConnectionAndEveryMessageComesInOrderOnceItReturns() throws Exception {
		GatedServices.close();
		try (RawWebSocket peer = RawWebSocket.connect(this.port, "/ws/gated")) {
			peer.sendText("hold");
			AtomicInteger sent = new AtomicInteger();
			CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> sendNumbered(peer, sent));
			await().pollInterval(Duration.ofMillis(100))
				.during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(60))
				.until(new Unchanged(sent));
			assertThat(sent.get()).isLessThan(MESSAGES);
			assertThat(sending).isNotDone();
			GatedServices.release();
			sending.get();
			peer.sendText("end");
			// Up to the kernel's buffers' worth of messages (36 MiB) may still wait for the service.
			peer.readTimeout(Duration.ofSeconds(60));
			RawWebSocket.Frame answer = peer.readFrame();
			assertThat(new String(answer.payload(), StandardCharsets.UTF_8))
				.isEqualTo("received " + MESSAGES + " in order");
		}
	}

	/**
	 * Sends the numbered messages of 1 KiB, {@value #CHUNK} frames per write.
	 * @param sent how many the socket took so far
	 */
	private static void sendNumbered(RawWebSocket peer, AtomicInteger sent) {
		String padding = " " + "x".repeat(1017);
		try {
			for (int first = 0; first < MESSAGES; first += CHUNK) {
				ByteArrayOutputStream frames = new ByteArrayOutputStream();
				for (int number = first; number < first + CHUNK; number++) {
					frames.write(RawWebSocket.maskedTextFrame(String.format("%05d", number) + padding));
				}
				peer.write(frames.toByteArray());
				sent.addAndGet(CHUNK);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** True when a count is the same as at the last poll: with a period, the sender made no progress in it. */
	private static final class Unchanged implements Callable<Boolean> {

		private final AtomicInteger count;

		private int last = -1;

		Unchanged(AtomicInteger count) {
			this.count = count;
		}

		@Override
		public Boolean call() {
			int now = this.count.get();
			boolean same = now == this.last;
			this.last = now;
			return same;
		}

	}

}
