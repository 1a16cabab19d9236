package io.wsboot.websocket.server.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLHandshakeException;

import io.wsboot.websocket.testing.SelfSignedCertificate;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code wss://} from PEM files given through {@code websocket.server.ssl.*}.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class TlsTests {

	private static SelfSignedCertificate certificate;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void tls(DynamicPropertyRegistry registry) throws Exception {
		certificate = SelfSignedCertificate.localhost();
		registry.add("websocket.server.ssl.certificate", () -> certificate.certificate().toString());
		registry.add("websocket.server.ssl.private-key", () -> certificate.privateKey().toString());
	}

	@Test
	void clientTrustingTheCertificateTalksOverWssAndTheCallerIsSecure() throws Exception {
		HttpClient client = HttpClient.newBuilder().sslContext(certificate.trustingContext()).build();
		CompletableFuture<String> greeting = new CompletableFuture<>();
		WebSocket webSocket = client.newWebSocketBuilder()
			.buildAsync(URI.create("wss://localhost:" + this.port + "/ws/chat/secure?nick=ann"), new WebSocket.Listener() {

				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					greeting.complete(data.toString());
					return null;
				}

			})
			.get(10, TimeUnit.SECONDS);
		assertThat(greeting.get(10, TimeUnit.SECONDS)).endsWith("secure true");
		webSocket.abort();
	}

	@Test
	void clientThatDoesNotTrustTheCertificateFailsTheHandshake() {
		assertThatExceptionOfType(CompletionException.class)
			.isThrownBy(() -> HttpClient.newHttpClient()
				.newWebSocketBuilder()
				.buildAsync(URI.create("wss://localhost:" + this.port + "/ws/echo"), new WebSocket.Listener() {
				})
				.orTimeout(10, TimeUnit.SECONDS)
				.join())
			.withCauseInstanceOf(SSLHandshakeException.class)
			.havingRootCause()
			.withMessage("unable to find valid certification path to requested target");
	}

}
