package io.wsboot.websocket.server.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

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
 * {@code websocket.server.ssl.*} gives the key material and {@code server.ssl.*} asks for client
 * certificates: both hold, so a client without a trusted certificate cannot connect.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server.ssl.client-auth=need")
class MutualTlsTests {

	private static SelfSignedCertificate server;

	private static SelfSignedCertificate client;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void tls(DynamicPropertyRegistry registry) throws Exception {
		server = SelfSignedCertificate.localhost();
		client = SelfSignedCertificate.client();
		registry.add("websocket.server.ssl.certificate", () -> server.certificate().toString());
		registry.add("websocket.server.ssl.private-key", () -> server.privateKey().toString());
		registry.add("server.ssl.trust-certificate", client::certificateLocation);
	}

	@Test
	void clientWithTheTrustedCertificateConnects() throws Exception {
		CompletableFuture<String> echo = new CompletableFuture<>();
		WebSocket webSocket = HttpClient.newBuilder()
			.sslContext(context(true))
			.build()
			.newWebSocketBuilder()
			.buildAsync(URI.create("wss://localhost:" + this.port + "/ws/echo"), new WebSocket.Listener() {

				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					echo.complete(data.toString());
					return null;
				}

			})
			.get(10, TimeUnit.SECONDS);
		webSocket.sendText("over mutual TLS", true);
		assertThat(echo.get(10, TimeUnit.SECONDS)).isEqualTo("over mutual TLS");
		webSocket.abort();
	}

	@Test
	void clientWithoutACertificateIsRefused() {
		assertThatExceptionOfType(CompletionException.class).isThrownBy(() -> HttpClient.newBuilder()
			.sslContext(context(false))
			.build()
			.newWebSocketBuilder()
			.buildAsync(URI.create("wss://localhost:" + this.port + "/ws/echo"), new WebSocket.Listener() {
			})
			.orTimeout(10, TimeUnit.SECONDS)
			.join());
	}

	private static SSLContext context(boolean withClientCertificate) throws Exception {
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(server.trustStore());
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(client.keyStore(), client.password().toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(withClientCertificate ? keys.getKeyManagers() : null, trust.getTrustManagers(), null);
		return context;
	}

}
