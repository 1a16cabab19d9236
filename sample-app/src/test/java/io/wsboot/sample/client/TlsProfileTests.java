package io.wsboot.sample.client;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code tls} profile with a certificate made at test time: the application serves
 * {@code https://} and {@code wss://}, and {@code GET /api/echo}'s {@code WsClient} reaches
 * {@code wss://localhost/ws/echo} trusting the same PEM certificate.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("tls")
class TlsProfileTests {

	private static final String PASSWORD = "changeit";

	@TempDir
	static Path certificates;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void certificateFiles(DynamicPropertyRegistry registry) throws Exception {
		Path keyStore = certificates.resolve("server.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
			.inheritIO()
			.start();
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as("keytool succeeded").isTrue();
		KeyStore store = load(keyStore);
		Path certificate = certificates.resolve("cert.pem");
		Path privateKey = certificates.resolve("key.pem");
		Files.writeString(certificate, pem("CERTIFICATE", store.getCertificate("server").getEncoded()));
		Files.writeString(privateKey, pem("PRIVATE KEY", store.getKey("server", PASSWORD.toCharArray()).getEncoded()));
		registry.add("server.port", () -> "0");
		registry.add("websocket.server.ssl.certificate", certificate::toString);
		registry.add("websocket.server.ssl.private-key", privateKey::toString);
		registry.add("websocket.client.ssl.trusted-certificates", () -> "file:" + certificate);
	}

	@Test
	void theRestEndpointsWsClientRoundTripsOverWss() throws Exception {
		HttpClient https = HttpClient.newBuilder().sslContext(trusting(load(certificates.resolve("server.p12")))).build();
		HttpResponse<String> response = https.send(
				HttpRequest.newBuilder(URI.create("https://localhost:" + this.port + "/api/echo?text=secret")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"sent\":\"secret\",\"received\":\"secret\",\"pong\":\"heartbeat\"}");
	}

	private static KeyStore load(Path keyStore) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore)) {
			store.load(in, PASSWORD.toCharArray());
		}
		return store;
	}

	private static SSLContext trusting(KeyStore server) throws Exception {
		Certificate certificate = server.getCertificate("server");
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("server", certificate);
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trust);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, factory.getTrustManagers(), null);
		return context;
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

}
