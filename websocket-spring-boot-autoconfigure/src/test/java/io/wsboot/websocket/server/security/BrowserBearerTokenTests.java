package io.wsboot.websocket.server.security;

import java.time.Duration;
import java.util.List;

import io.wsboot.websocket.testing.ExternalClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's way to present a bearer token, which cannot go in an {@code Authorization} header:
 * Node's {@code ws}, which like browsers fails a handshake that agrees none of the sub-protocols it
 * offered, offers {@code ["bearer", token]}; the server agrees {@code bearer} and the service runs
 * as the token's subject.
 */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserBearerTokenTests {

	@LocalServerPort
	int port;

	@Test
	void tokenOfferedAsSubProtocolAuthenticatesTheConnection() throws Exception {
		JsonNode result = bearerEcho("/ws/write", TestTokens.jwt("grace", "write", Duration.ofMinutes(5)));
		assertThat(result.path("failure").isMissingNode()).as("failure: %s", result.path("failure")).isTrue();
		assertThat(result.path("protocol").asString()).isEqualTo("bearer");
		assertThat(result.path("reply").asString()).isEqualTo("grace|grace");
	}

	@Test
	void tokenWithoutTheScopeIsRefusedWith403() throws Exception {
		JsonNode result = bearerEcho("/ws/write", TestTokens.jwt("grace", "read", Duration.ofMinutes(5)));
		assertThat(result.path("failure").asString()).contains("403");
	}

	private JsonNode bearerEcho(String path, String token) throws Exception {
		return ExternalClient.run(List.of("node", ExternalClient.CLIENTS.resolve("bearer-echo.mjs").toString(),
				"ws://127.0.0.1:" + this.port + path, token));
	}

}
