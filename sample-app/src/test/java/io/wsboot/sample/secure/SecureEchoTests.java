package io.wsboot.sample.secure;

import io.wsboot.sample.WsTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's protected echo over HTTP Basic with the users of its {@code application.yml}:
 * anonymous 401, bob (no {@code write} scope) 403, alice 101 and an echo; the chat stays open.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecureEchoTests {

	@LocalServerPort
	int port;

	@Test
	void anonymousIsRefusedWith401() {
		try (WsTestClient client = WsTestClient.connect(this.port, "/ws/secure/echo")) {
			assertThat(client.handshake()).isEqualTo("401 Unauthorized");
		}
	}

	@Test
	void wrongPasswordIsRefusedWith401() {
		try (WsTestClient client = WsTestClient.connectAs("alice", "bob-password", this.port, "/ws/secure/echo")) {
			assertThat(client.handshake()).startsWith("401");
		}
	}

	@Test
	void bobWithoutTheWriteScopeIsRefusedWith403() {
		try (WsTestClient client = WsTestClient.connectAs("bob", "bob-password", this.port, "/ws/secure/echo")) {
			assertThat(client.handshake()).isEqualTo("403 Forbidden");
		}
	}

	@Test
	void aliceConnectsAndGetsHerEcho() throws Exception {
		try (WsTestClient client = WsTestClient.connectAs("alice", "alice-password", this.port, "/ws/secure/echo")) {
			assertThat(client.handshake()).isEqualTo("101");
			client.send("hello from alice");
			assertThat(client.next()).isEqualTo("hello from alice");
		}
	}

	@Test
	void chatStaysOpenToAnonymousUsers() {
		try (WsTestClient client = WsTestClient.connect(this.port, "/ws/chat/lobby?nick=guest")) {
			assertThat(client.handshake()).isEqualTo("101");
		}
	}

}
