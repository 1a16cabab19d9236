package io.wsboot.websocket.client;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.PingPongService;
import io.wsboot.websocket.WsConnection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Pings and pongs: automatic answers, a {@link PingPongService} choosing the pong, and pongs to the
 * client's own pings, against an independent Jetty server.
 */
class PingPongTests extends SharedServerTests {

	@Test
	void pingsAreAnsweredWithTheirPayloadWhileNobodyReads() throws InterruptedException {
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"))) {
			connection.writeTextMessage("unread");
			connection.writeTextMessage("ping:are you there");
			assertThat(fixture.server.awaitEvent("pong:")).isEqualTo("pong:are you there");
			assertThat(connection.readTextMessage()).isEqualTo("unread");
		}
	}

	@Test
	void aPingPongServiceChoosesThePongAndHearsPongs() throws InterruptedException {
		RecordingService service = new RecordingService();
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"),
				fixture.client.options().pingPongService(service).build())) {
			connection.writeTextMessage("ping:hello");
			assertThat(fixture.server.awaitEvent("pong:")).isEqualTo("pong:re: hello");
			assertThat(service.pings.poll(10, TimeUnit.SECONDS)).isEqualTo("hello");
			assertThat(service.connections.poll(10, TimeUnit.SECONDS)).isSameAs(connection);
			connection.ping("mine".getBytes(StandardCharsets.UTF_8));
			assertThat(service.pongs.poll(10, TimeUnit.SECONDS)).isEqualTo("mine");
		}
	}

	@Test
	void aPingPongServiceThatThrowsStillGetsThePingAnswered() throws InterruptedException {
		PingPongService failing = new PingPongService() {

			@Override
			public byte[] onPing(WsConnection connection, byte[] data) {
				throw new IllegalStateException("boom");
			}

		};
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"),
				fixture.client.options().pingPongService(failing).build())) {
			connection.writeTextMessage("ping:anyway");
			assertThat(fixture.server.awaitEvent("pong:")).isEqualTo("pong:anyway");
			connection.writeTextMessage("still works");
			assertThat(connection.readTextMessage()).isEqualTo("still works");
		}
	}

	@Test
	void aControlFramePayloadOver125BytesIsRefused() {
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"))) {
			assertThatIllegalArgumentException().isThrownBy(() -> connection.ping(new byte[126]))
				.withMessage("Ping payload must be at most 125 bytes but was 126");
			connection.ping(new byte[125]);
			assertThat(connection.isOpen()).isTrue();
		}
	}

	/** Records what it hears and answers a ping with {@code "re: " + payload}. */
	private static final class RecordingService implements PingPongService {

		final BlockingQueue<String> pings = new LinkedBlockingQueue<>();

		final BlockingQueue<String> pongs = new LinkedBlockingQueue<>();

		final BlockingQueue<WsConnection> connections = new LinkedBlockingQueue<>();

		@Override
		public byte @Nullable [] onPing(WsConnection connection, byte[] data) {
			String text = new String(data, StandardCharsets.UTF_8);
			this.pings.add(text);
			this.connections.add(connection);
			return ("re: " + text).getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public void onPong(WsConnection connection, byte[] data) {
			this.pongs.add(new String(data, StandardCharsets.UTF_8));
		}

	}

}
