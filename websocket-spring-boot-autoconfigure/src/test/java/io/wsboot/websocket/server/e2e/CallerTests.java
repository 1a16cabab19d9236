package io.wsboot.websocket.server.e2e;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Caller}: writes from many threads, close rules and their error texts, attributes.
 */
class CallerTests extends AbstractLifecycleTests {

	@Test
	void writesFromManyThreadsArriveWholeAndNeverInterleave() throws Exception {
		int threads = 8;
		int messages = 200;
		String padding = "x".repeat(3000);
		try (JdkClient client = JdkClient.connect(this.port, "/ws/concurrent")) {
			client.send(threads + " " + messages + " " + padding.length());
			Set<String> received = new HashSet<>();
			for (int i = 0; i < threads * messages; i++) {
				Object message = client.next();
				String text = (message instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
						: (String) message;
				assertThat(text).endsWith(":" + padding);
				assertThat(received.add(text.substring(0, text.indexOf(':', text.indexOf(':') + 1)))).isTrue();
			}
			assertThat(received).hasSize(threads * messages);
		}
	}

	@Test
	void invalidStatusCodesAreRefusedWithTheReferenceText() throws Exception {
		try (JdkClient client = connect()) {
			for (int code : new int[] { 999, 1004, 1005, 1006, 1012, 2999, 5000 }) {
				client.send("close-invalid " + code);
				assertThat(client.nextText())
					.isEqualTo("ConnectionClosureException: Failed to execute close. Invalid status code: " + code);
			}
		}
	}

	@Test
	void negativeTimeoutIsRefused() throws Exception {
		try (JdkClient client = connect()) {
			client.send("close-negative-timeout");
			assertThat(client.nextText()).isEqualTo("WebSocketException: Invalid timeout value: PT-1S");
		}
	}

	@Test
	void secondCloseThrows() throws Exception {
		try (JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("close-twice");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4000, "first"));
			assertThat(this.log.next(this.tag))
				.isEqualTo("ConnectionClosureException: Close frame already sent. Cannot send close frame again.");
		}
	}

	@Test
	void writesAfterCloseThrowTheReferenceTexts() throws Exception {
		try (JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("write-after-close");
			assertThat(this.log.next(this.tag))
				.isEqualTo("ConnectionClosureException: Close frame already sent. Cannot push text data!");
			assertThat(this.log.next(this.tag))
				.isEqualTo("ConnectionClosureException: Close frame already sent. Cannot push binary data.");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4000, "done"));
		}
	}

	@Test
	void closeFromAnotherThreadWaitsForThePeerAndReturns() throws Exception {
		try (JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("close-from-thread");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4002, "threaded"));
			assertThat(this.log.next(this.tag)).isEqualTo("no error");
		}
	}

	@Test
	void closeThatGetsNoAnswerDropsTheConnectionAfterTheTimeout() throws Exception {
		try (JdkClient client = JdkClient.connectWithoutCloseEcho(this.port, "/ws/lifecycle?tag=" + this.tag)) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("close-unanswered");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4004, "no answer expected"));
			String outcome = this.log.next(this.tag);
			if (Container.current() == Container.JETTY) {
				assertThat(outcome).isEqualTo("ConnectionClosureException: Could not receive a WebSocket close frame "
						+ "from remote endpoint within 0.5 seconds");
			}
			else {
				// Tomcat reports a close as done once its frame is sent, and drops the connection itself
				assertThat(outcome).isEqualTo("no error");
			}
		}
	}

	@Test
	void attributesAndConnectionDetails() throws Exception {
		try (JdkClient client = connect()) {
			client.send("attributes");
			assertThat(client.nextText()).isEqualTo("ann/ann/null/true/true");
		}
	}

	@Test
	void controlPayloadsOver125BytesAreRefused() throws Exception {
		try (JdkClient client = connect()) {
			client.send("ping-too-big");
			assertThat(client.nextText())
				.isEqualTo("IllegalArgumentException: Ping payload must be at most 125 bytes but was 126");
		}
	}

}
