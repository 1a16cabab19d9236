package io.wsboot.websocket.server.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handshake: paths, path templates, query parameters, headers, sub-protocols and refusals.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class HandshakeTests {

	@LocalServerPort
	int port;

	@Test
	void upgradeServiceReturningServiceAcceptsAndThatServiceEchoes() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/echo")) {
			client.send("hello");
			assertThat(client.nextText()).isEqualTo("hello");
			client.send(new byte[] { 1, 2, 3 });
			assertThat(client.nextBinary()).containsExactly(1, 2, 3);
		}
	}

	@Test
	void serviceBeanIsSharedDefaultUpgradeWithJsonBinding() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/orders")) {
			client.send("{\"item\":\"tea\",\"quantity\":2}");
			assertThat(client.nextText()).isEqualTo("{\"item\":\"tea\",\"quantity\":2,\"status\":\"accepted\"}");
		}
	}

	@Test
	void pathVariablesQueryParametersHeadersAndSubProtocolsReachTheUpgradeService() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=ann",
				"X-Client", "okhttp", "Sec-WebSocket-Protocol", "chat.v3, chat.v1, chat.v2");
		assertThat(outcome.status()).isEqualTo(101);
		assertThat(outcome.headers().get("X-Room")).isEqualTo("lobby");
		assertThat(outcome.headers().get("Sec-WebSocket-Protocol")).isEqualTo("chat.v1");
	}

	@Test
	void handshakeRequestShowsPathVariablesQueryHeadersOriginAndAddress() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/inspect/room/42?a=1&a=2&b=x%20y",
				"X-Test", "yes", "Origin", "http://127.0.0.1:" + this.port);
		assertThat(outcome.status()).isEqualTo(101);
		assertThat(outcome.headers().get("X-Seen")).isEqualTo("/ws/inspect/room/42|{kind=room, id=42}|{a=[1, 2], "
				+ "b=[x y]}|yes|[yes]|http://127.0.0.1:" + this.port + "|127.0.0.1|null");
	}

	@Test
	void clientAskingOnlyForUnsupportedSubProtocolsGetsNone() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=ann",
				"Sec-WebSocket-Protocol", "mqtt");
		assertThat(outcome.status()).isEqualTo(101);
		assertThat(outcome.headers().get("Sec-WebSocket-Protocol")).isNull();
	}

	@Test
	void connectionWithoutAnAgreedSubProtocolIsServed() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/chat/garden?nick=bob", "mqtt")) {
			assertThat(client.nextText()).endsWith("asking [mqtt] got null secure false");
		}
	}

	@Test
	void serviceSeesTheHandshakeItWasCreatedFor() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/chat/garden?nick=bob", "chat.v1")) {
			assertThat(client.nextText())
				.isEqualTo("welcome bob to garden via null asking [chat.v1] got chat.v1 secure false");
		}
	}

	@Test
	void upgradeExceptionRefusesWithItsStatusAndMessage() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=mallory");
		assertThat(outcome.status()).isEqualTo(403);
		assertThat(outcome.body()).isEqualTo("nickname not allowed");
	}

	@Test
	void upgradeExceptionWithoutStatusRefusesWith400() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/chat/lobby");
		assertThat(outcome.status()).isEqualTo(400);
		assertThat(outcome.body()).isEqualTo("nick is required");
	}

	@Test
	void anyOtherExceptionRefusesWith500WithoutLeakingItsMessage() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=boom");
		assertThat(outcome.status()).isEqualTo(500);
		assertThat(outcome.body()).isEqualTo("Internal Server Error");
	}

	@Test
	void pathWithoutServiceIsNotFound() {
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/nothing-here").status()).isEqualTo(404);
	}

	@Test
	void sameServerKeepsServingAfterARefusal() throws Exception {
		OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=boom");
		try (JdkClient client = JdkClient.connect(this.port, "/ws/echo")) {
			client.send("still here");
			assertThat(client.nextText()).isEqualTo("still here");
		}
	}

}
