package io.wsboot.websocket.server.e2e;

import java.time.Duration;

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
 * {@code pingInterval} over real sockets: a peer that answers pings stays, one that never answers
 * (a half-open connection, as far as the server can tell) is dropped and the service told.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class KeepAliveTests {

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents events;

	@Autowired
	OpenConnections connections;

	@Test
	void aPeerThatAnswersPingsStaysOpen() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/keepalive?tag=answering")) {
			assertThat(this.events.next("answering")).isEqualTo("open");
			for (int i = 0; i < 3; i++) {
				assertThat(this.events.next("answering")).isEqualTo("pong 0");
			}
			assertThat(this.connections.ofEndpoint("/ws/keepalive")).hasSize(1);
		}
	}

	@Test
	void aPeerThatNeverAnswersIsPingedThenDroppedAndTheServiceIsTold() throws Exception {
		try (RawWebSocket silent = RawWebSocket.connect(this.port, "/ws/keepalive?tag=silent")) {
			assertThat(this.events.next("silent")).isEqualTo("open");
			RawWebSocket.Frame ping = silent.readFrame();
			assertThat(ping.opcode()).isEqualTo(9);
			assertThat(ping.payload()).isEmpty();
			assertThat(this.events.next("silent"))
				.isEqualTo("ConnectionClosureException: No answer to a ping within 0.3 seconds");
			// What a dropped peer would see, if it were there: engines drop a connection differently.
			assertThat(silent.readToTheEnd()).isEqualTo(switch (Container.current()) {
				case TOMCAT -> "close 4500";
				case JETTY, REACTOR_NETTY -> "dropped";
			});
			// The drop was this side's decision: onClose, which is for closes the peer starts, is not called.
			await().atMost(Duration.ofSeconds(10)).until(() -> this.connections.ofEndpoint("/ws/keepalive").isEmpty());
			assertThat(this.events.queue("silent")).isEmpty();
		}
	}

}
