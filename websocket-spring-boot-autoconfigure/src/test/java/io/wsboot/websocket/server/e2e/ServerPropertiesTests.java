package io.wsboot.websocket.server.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code websocket.server.*} switches that change the handshake: compression off, allowed origins.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "websocket.server.compression-enabled=false",
				"websocket.server.allowed-origins=https://app.example.com, https://*.trusted.example" })
class ServerPropertiesTests {

	@LocalServerPort
	int port;

	@Test
	void compressionOffAgreesNoExtensionWithAClientThatOffersDeflate() throws Exception {
		try (OkHttpClient client = OkHttpClient.connect(this.port, "/ws/echo")) {
			assertThat(client.extensions()).isNull();
			client.send("a".repeat(10000));
			assertThat(client.next()).isEqualTo("a".repeat(10000));
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
