package io.wsboot.websocket.client.auth;

import java.time.Duration;
import java.util.List;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.RetryOptions;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.testing.CuttableProxy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the client authentication tests share: the {@link AuthTestApplication} on a random port, its
 * auto-configured {@link WsClient}, the recorded handshakes, and connecting by tag, directly or
 * through a {@link CuttableProxy} for retry reconnects.
 */
@SpringBootTest(classes = AuthTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class AuthServerTests {

	/** Reconnects at once, five times at most. */
	static final RetryOptions RETRY = new RetryOptions(5, Duration.ofMillis(50), 1.0,
			Duration.ofMillis(50));

	@LocalServerPort
	int port;

	@Autowired
	WsClient client;

	@Autowired
	AuthTestApplication.Handshakes handshakes;

	String url(String tag) {
		return "ws://localhost:" + this.port + "/ws/auth/" + tag;
	}

	/** Connects, checks an echo and closes. */
	void connectOnce(String tag, ConnectOptions options) {
		try (WsConnection connection = this.client.connect(url(tag), options)) {
			connection.writeTextMessage("hello");
			assertThat(connection.readTextMessage()).isEqualTo("hello");
		}
	}

	/** Connects through the proxy, cuts the connection and waits for the retry's second handshake. */
	List<String> handshakesAroundAReconnect(String tag, ConnectOptions options) throws Exception {
		return handshakesAroundAReconnect(tag, options, () -> {
		});
	}

	/** The same, with something done after the first handshake, before the cut. */
	List<String> handshakesAroundAReconnect(String tag, ConnectOptions options, Runnable beforeTheCut)
			throws Exception {
		try (CuttableProxy proxy = CuttableProxy.to(this.port);
				WsConnection connection = this.client.connect("ws://127.0.0.1:" + proxy.port() + "/ws/auth/" + tag,
						options)) {
			assertThat(this.handshakes.of(tag)).hasSize(1);
			beforeTheCut.run();
			proxy.cut();
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.handshakes.of(tag)).hasSize(2));
			connection.writeTextMessage("after the reconnect");
			assertThat(connection.readTextMessage()).isEqualTo("after the reconnect");
		}
		return this.handshakes.of(tag);
	}

}
