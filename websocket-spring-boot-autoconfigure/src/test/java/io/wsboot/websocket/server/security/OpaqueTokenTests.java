package io.wsboot.websocket.server.security;

import java.io.IOException;

import io.wsboot.websocket.server.e2e.OkHttpHandshake;
import io.wsboot.websocket.testing.OkHttpTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opaque tokens introspected at a local authorization server: an active token with the scope
 * connects as its subject, one without gets 403, an inactive one 401 — also as a browser's
 * sub-protocol.
 */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OpaqueTokenTests {

	private static final IntrospectionServer authorizationServer = startAuthorizationServer();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void introspection(DynamicPropertyRegistry registry) {
		registry.add("test.introspection-uri", authorizationServer::uri);
	}

	@AfterAll
	static void stopAuthorizationServer() {
		authorizationServer.close();
	}

	@Test
	void activeTokenWithTheScopeConnectsAsItsSubject() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/write", "Authorization",
				"Bearer " + IntrospectionServer.WRITER)) {
			client.send("who am I?");
			assertThat(client.nextMessage()).isEqualTo("carol|carol");
		}
	}

	@Test
	void activeTokenOfferedAsSubProtocolConnects() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/write", "Sec-WebSocket-Protocol",
				"bearer, " + IntrospectionServer.WRITER)) {
			client.send("who am I?");
			assertThat(client.nextMessage()).isEqualTo("carol|carol");
		}
	}

	@Test
	void activeTokenWithoutTheScopeIsRefusedWith403() {
		assertThat(OkHttpHandshake
			.attempt(this.port, "/ws/write", "Authorization", "Bearer " + IntrospectionServer.READER)
			.status()).isEqualTo(403);
	}

	@Test
	void inactiveTokenIsRefusedWith401() {
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/write", "Authorization", "Bearer revoked-token").status())
			.isEqualTo(401);
	}

	private static IntrospectionServer startAuthorizationServer() {
		try {
			return IntrospectionServer.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
