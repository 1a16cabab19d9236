package io.wsboot.websocket.server.nosecurity;

import io.wsboot.websocket.Authenticated;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.server.e2e.OkHttpHandshake;
import io.wsboot.websocket.testing.OkHttpTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server on a class path without any Spring Security jar (the Maven execution
 * {@code without-spring-security}; elsewhere skipped): an {@code @Authenticated} endpoint refuses
 * anonymous handshakes with 401, and an open one runs with no principal, never a
 * {@code NoClassDefFoundError}.
 */
@EnabledIfSystemProperty(named = "wsboot.without-spring-security", matches = "true")
@SpringBootTest(classes = ServerWithoutSpringSecurityTests.Application.class,
		webEnvironment = WebEnvironment.RANDOM_PORT)
class ServerWithoutSpringSecurityTests {

	@LocalServerPort
	int port;

	@Test
	void springSecurityIsNotOnTheClassPath() {
		assertThat(ClassUtils.isPresent("org.springframework.security.core.Authentication", null)).isFalse();
	}

	@Test
	void authenticatedEndpointRefusesAnonymousHandshakesWith401() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/members");
		assertThat(outcome.status()).isEqualTo(401);
		assertThat(outcome.body()).isEqualTo("Unauthorized");
	}

	@Test
	void openEndpointRunsWithoutPrincipal() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/anyone")) {
			client.send("who am I?");
			assertThat(client.nextMessage()).isEqualTo("principal null");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Members.class, Anyone.class })
	static class Application {

	}

	@WebSocketService("/ws/members")
	@Authenticated
	static class Members implements Service {

		public String onTextMessage(Caller caller, String text) {
			return "principal " + caller.principal();
		}

	}

	@WebSocketService("/ws/anyone")
	static class Anyone implements Service {

		public String onTextMessage(Caller caller, String text) {
			return "principal " + caller.principal();
		}

	}

}
