package io.wsboot.websocket.server.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.wsboot.websocket.OpenConnections;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Peers that go away badly: each case ends the connection once, reaches the service as a drop
 * (1006) without a half-received message, and leaves nothing behind in {@link OpenConnections}.
 */
class FaultTests extends AbstractLifecycleTests {

	@Autowired
	OpenConnections connections;

	@Test
	void aResetInTheMiddleOfAFragmentedMessageEndsTheConnectionWithoutDeliveringThePart() throws Exception {
		RawWebSocket peer = RawWebSocket.connect(this.port, "/ws/lifecycle?tag=" + this.tag);
		assertThat(this.log.next(this.tag)).isEqualTo("open");
		peer.sendText("whole");
		assertThat(this.log.next(this.tag)).isEqualTo("text:whole");
		peer.sendFrame(0x01, "first half".getBytes(StandardCharsets.UTF_8));
		peer.reset();
		assertThat(this.log.next(this.tag)).startsWith("close:1006:");
		assertNothingLeft();
	}

	@Test
	void aPeerThatHalfClosesGetsItsLastMessageHandledThenEnds() throws Exception {
		try (RawWebSocket peer = RawWebSocket.connect(this.port, "/ws/lifecycle?tag=" + this.tag)) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			peer.sendText("last words");
			peer.halfClose();
			assertThat(this.log.next(this.tag)).isEqualTo("text:last words");
			// An end of stream without a close frame is a drop, whatever the engine then sends back.
			assertThat(this.log.next(this.tag)).startsWith("close:1006:");
			assertNothingLeft();
		}
	}

	@Test
	void aPeerThatDropsAfterTheHandshakeWithoutAWordEndsOnce() throws Exception {
		RawWebSocket peer = RawWebSocket.connect(this.port, "/ws/lifecycle?tag=" + this.tag);
		assertThat(this.log.next(this.tag)).isEqualTo("open");
		peer.close();
		assertThat(this.log.next(this.tag)).startsWith("close:1006:");
		assertNothingLeft();
	}

	private void assertNothingLeft() {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.connections.matching((caller) -> true)).isEmpty());
		assertThat(this.log.queue(this.tag)).isEmpty();
	}

}
