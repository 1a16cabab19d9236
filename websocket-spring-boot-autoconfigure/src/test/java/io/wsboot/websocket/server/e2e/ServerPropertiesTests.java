package io.wsboot.websocket.server.e2e;

import java.time.Duration;
import java.util.UUID;

import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.testing.OkHttpTestClient;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code websocket.server.*} switches that change the handshake: compression off, allowed origins.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "websocket.server.compression-enabled=false", "websocket.server.send-time-limit=1s",
				"websocket.server.allowed-origins=https://app.example.com, https://*.trusted.example" })
class ServerPropertiesTests {

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents log;

	@Autowired
	OpenConnections connections;

	@Test
	void compressionOffAgreesNoExtensionWithAClientThatOffersDeflate() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/echo")) {
			assertThat(client.extensions()).isNull();
			client.send("a".repeat(10000));
			assertThat(client.nextMessage()).isEqualTo("a".repeat(10000));
		}
	}

	@Test
	void writeToAPeerThatDoesNotReadFailsAfterTheSendTimeLimit() throws Exception {
		String tag = UUID.randomUUID().toString();
		try (JdkClient client = JdkClient.connectWithoutReading(this.port, "/ws/lifecycle?tag=" + tag)) {
			assertThat(this.log.next(tag)).isEqualTo("open");
			client.send("flood");
			if (Container.current() == Container.TOMCAT) {
				// Tomcat ends the connection itself when a send times out, before the send fails, with
				// "Write timeout" as the reason or none, depending on which of its threads gets there first.
				assertThat(this.log.next(tag)).isIn("close:1006:Write timeout open=false", "close:1006: open=false");
			}
			assertThat(this.log.next(tag)).isEqualTo("WriteTimeoutException: Write timed out");
			// The drop is this side's decision: no onClose elsewhere, and the container's own report of
			// the timed-out send (Tomcat's) does not reach onError as a second error.
			await().atMost(Duration.ofSeconds(10)).until(() -> this.connections.ofEndpoint("/ws/lifecycle").isEmpty());
			assertThat(this.log.queue(tag)).isEmpty();
		}
	}

	@Test
	void aNonBlockingServiceFloodingAPeerThatDoesNotReadIsBoundedToo() throws Exception {
		String tag = UUID.randomUUID().toString();
		try (JdkClient client = JdkClient.connectWithoutReading(this.port, "/ws/non-blocking-flood?tag=" + tag)) {
			assertThat(this.log.next(tag)).isEqualTo("open");
			client.send("flood");
			// On the event loop a send never waits: past Netty's own buffer the writes go to the send buffer.
			assertThat(this.log.next(tag)).isEqualTo((Container.current() == Container.REACTOR_NETTY)
					? "SendBufferOverflowException: Send buffer full: more than 1048576 bytes wait for a peer that "
							+ "reads too slowly"
					: "WriteTimeoutException: Write timed out");
		}
	}

	@Test
	void listedOriginAndPatternAreAllowed() {
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/echo", "Origin", "https://app.example.com").status())
			.isEqualTo(101);
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/echo", "Origin", "https://eu.trusted.example").status())
			.isEqualTo(101);
	}

	@Test
	void otherOriginsAreRefusedWith403() {
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/echo", "Origin", "https://evil.example").status())
			.isEqualTo(403);
	}

}
