package io.wsboot.websocket.client;

import java.time.Duration;
import java.util.Random;

import io.wsboot.websocket.HandshakeTimeoutException;
import io.wsboot.websocket.ReadTimeoutException;
import io.wsboot.websocket.WriteTimeoutException;
import io.wsboot.websocket.WsConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Handshake, read and write timeouts, against a peer that never answers the handshake and an
 * independent Jetty server that stops reading.
 */
class TimeoutTests extends SharedServerTests {

	@Test
	void aHandshakeThatIsNeverAnsweredTimesOut() throws Exception {
		try (RawTestServer silent = RawTestServer.start(RawTestServer.Mode.SILENT)) {
			assertThatExceptionOfType(HandshakeTimeoutException.class)
				.isThrownBy(() -> fixture.client.connect(silent.url("/"),
						fixture.client.options().handshakeTimeout(Duration.ofMillis(300)).build()))
				.withMessage("Handshake timed out");
		}
	}

	@Test
	void aReadTimesOutAndTheConnectionStaysUsable() {
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"),
				fixture.client.options().readTimeout(Duration.ofMillis(200)).build())) {
			assertThatExceptionOfType(ReadTimeoutException.class).isThrownBy(connection::readTextMessage)
				.withMessage("Read timed out");
			assertThat(connection.isOpen()).isTrue();
			connection.writeTextMessage("after the timeout");
			assertThat(connection.readTextMessage()).isEqualTo("after the timeout");
		}
	}

	@Test
	void aWriteToAPeerThatStoppedReadingTimesOut() throws InterruptedException {
		WsConnection connection = fixture.client.connect(fixture.server.url("/stalled"),
				fixture.client.options().writeTimeout(Duration.ofMillis(500)).compressionEnabled(false).build());
		fixture.server.awaitEvent("stalled-open");
		byte[] chunk = new byte[60_000];
		new Random(1).nextBytes(chunk);
		assertThatExceptionOfType(WriteTimeoutException.class).isThrownBy(() -> {
			for (int i = 0; i < 10_000; i++) {
				connection.writeBinaryMessage(chunk);
			}
		}).withMessage("Write timed out");
		await().atMost(Duration.ofSeconds(5)).until(() -> !connection.isOpen());
	}

}
