package io.wsboot.websocket.client;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.RetryOptions;
import io.wsboot.websocket.SslException;
import io.wsboot.websocket.TlsOptions;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.testing.SelfSignedCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code wss://} connections: PEM trust, mutual TLS with a PEM key pair, verification switched off,
 * and the failures of an untrusted server, of PEM files that cannot be loaded and of a server that
 * hangs up during the TLS handshake, against independent Jetty servers with self-signed certificates.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(60)
class ClientTlsTests {

	private static SelfSignedCertificate serverCertificate;

	private static SelfSignedCertificate clientCertificate;

	private static JettyTestServer server;

	private static JettyTestServer mutualTlsServer;

	private static DefaultWsClient client;

	@BeforeAll
	static void start() throws Exception {
		serverCertificate = SelfSignedCertificate.localhost();
		clientCertificate = SelfSignedCertificate.client();
		server = new JettyTestServer(JettyTestServer.tls(serverCertificate, null));
		server.start(0);
		mutualTlsServer = new JettyTestServer(JettyTestServer.tls(serverCertificate, clientCertificate));
		mutualTlsServer.start(0);
		client = ClientFixture.newClient();
	}

	@AfterAll
	static void stop() throws Exception {
		try {
			client.close();
		}
		finally {
			try {
				server.close();
			}
			finally {
				mutualTlsServer.close();
			}
		}
	}

	private static ConnectOptions options(TlsOptions tls) {
		return client.options().tls(tls).build();
	}

	private static TlsOptions trustingTheServer() {
		return TlsOptions.jvmDefault().withTrustedCertificates(serverCertificate.certificateLocation());
	}

	private static RetryOptions retry(int maxCount) {
		return new RetryOptions(maxCount, Duration.ofMillis(10), 1.0, Duration.ofMillis(10));
	}

	private static void assertEchoes(WsConnection connection) {
		connection.writeTextMessage("over TLS");
		assertThat(connection.readTextMessage()).isEqualTo("over TLS");
	}

	@Test
	void aServerWhosePemCertificateIsTrustedIsReachedOverWss() {
		assertThat(server.url("/echo")).startsWith("wss://127.0.0.1:");
		try (WsConnection connection = client.connect(server.url("/echo"), options(trustingTheServer()))) {
			assertThat(connection.isSecure()).isTrue();
			assertThat(connection.isOpen()).isTrue();
			assertEchoes(connection);
		}
	}

	@Test
	void aSpringSslBundleTrustsTheServer() {
		SslBundle bundle = SslBundle.of(new PemSslStoreBundle(null,
				PemSslStoreDetails.forCertificates(serverCertificate.certificateLocation())));
		try (WsConnection connection = client.connect(server.url("/echo"),
				options(TlsOptions.jvmDefault().withBundle(bundle)))) {
			assertEchoes(connection);
		}
	}

	@Test
	void aSpringSslBundlePresentsItsKeyForMutualTls() {
		SslBundle bundle = SslBundle.of(new PemSslStoreBundle(
				new PemSslStoreDetails(null, clientCertificate.certificateLocation(),
						clientCertificate.privateKeyLocation()),
				PemSslStoreDetails.forCertificates(serverCertificate.certificateLocation())));
		try (WsConnection connection = client.connect(mutualTlsServer.url("/echo"),
				options(TlsOptions.jvmDefault().withBundle(bundle)))) {
			assertEchoes(connection);
		}
	}

	@Test
	void aBundleCannotBeMixedWithPemCertificates() {
		SslBundle bundle = SslBundle.of(new PemSslStoreBundle(null,
				PemSslStoreDetails.forCertificates(serverCertificate.certificateLocation())));
		assertThatIllegalArgumentException().isThrownBy(() -> trustingTheServer().withBundle(bundle))
			.withMessage("an SSL bundle gives the trust and key material; PEM certificates cannot be added to it");
	}

	@Test
	void trustedCertificatesMayBePemContentInsteadOfALocation() throws Exception {
		String pem = Files.readString(serverCertificate.certificate());
		try (WsConnection connection = client.connect(server.url("/echo"),
				options(TlsOptions.jvmDefault().withTrustedCertificates(pem)))) {
			assertEchoes(connection);
		}
	}

	@Test
	void mutualTlsPresentsThePemKeyPair() {
		TlsOptions tls = trustingTheServer().withKeyPair(clientCertificate.certificateLocation(),
				clientCertificate.privateKeyLocation());
		try (WsConnection connection = client.connect(mutualTlsServer.url("/echo"), options(tls))) {
			assertThat(connection.isSecure()).isTrue();
			assertEchoes(connection);
		}
	}

	@Test
	void withoutAKeyPairAServerThatNeedsAClientCertificateRefusesTheHandshake() {
		assertThatExceptionOfType(SslException.class)
			.isThrownBy(() -> client.connect(mutualTlsServer.url("/echo"), options(trustingTheServer())))
			.withMessageStartingWith("TLS handshake with 127.0.0.1:" + mutualTlsServer.port() + " failed: ")
			.withMessageContaining("certificate");
	}

	@Test
	void aKeyPairTheServerDoesNotTrustIsRefused() throws Exception {
		SelfSignedCertificate stranger = SelfSignedCertificate.client();
		TlsOptions tls = trustingTheServer().withKeyPair(stranger.certificateLocation(),
				stranger.privateKeyLocation());
		assertThatExceptionOfType(SslException.class)
			.isThrownBy(() -> client.connect(mutualTlsServer.url("/echo"), options(tls)))
			.withMessageStartingWith("TLS handshake with 127.0.0.1:" + mutualTlsServer.port() + " failed: ")
			.withMessageContaining("certificate");
	}

	@Test
	void anUntrustedServerFailsTheHandshakeSayingWhy() {
		assertThatExceptionOfType(SslException.class)
			.isThrownBy(() -> client.connect(server.url("/echo"), options(TlsOptions.jvmDefault())))
			.withMessageStartingWith("TLS handshake with 127.0.0.1:" + server.port() + " failed: ")
			.withMessageContaining("certification path");
	}

	@Test
	void aTrustedCertificateForAnotherHostFailsHostNameVerification() throws Exception {
		SelfSignedCertificate otherHost = SelfSignedCertificate.otherHost();
		try (JettyTestServer impostor = new JettyTestServer(JettyTestServer.tls(otherHost, null))) {
			impostor.start(0);
			TlsOptions tls = TlsOptions.jvmDefault()
				.withTrustedCertificates(otherHost.certificateLocation());
			assertThatExceptionOfType(SslException.class)
				.isThrownBy(() -> client.connect(impostor.url("/echo"), options(tls)))
				.withMessage("TLS handshake with 127.0.0.1:" + impostor.port()
						+ " failed: No subject alternative names matching IP address 127.0.0.1 found");
		}
	}

	@Test
	void aPlainServerReachedWithWssFailsTheTlsHandshake() throws Exception {
		try (JettyTestServer plain = JettyTestServer.start()) {
			assertThatExceptionOfType(SslException.class)
				.isThrownBy(() -> client.connect("wss://127.0.0.1:" + plain.port() + "/echo", options(trustingTheServer())))
				.withMessageStartingWith("TLS handshake with 127.0.0.1:" + plain.port() + " failed: ")
				.withMessageContaining("plaintext connection");
		}
	}

	@Test
	void aTlsFailureIsNotRetried() {
		AtomicInteger pauses = new AtomicInteger();
		try (DefaultWsClient counting = new DefaultWsClient(ConnectOptions.builder().build(),
				new Binding(new PayloadBinder(new JsonMapper())), new JettyClients(), (delay) -> pauses.incrementAndGet())) {
			ConnectOptions options = counting.options().retry(retry(3)).build();
			assertThatExceptionOfType(SslException.class)
				.isThrownBy(() -> counting.connect(server.url("/echo"), options))
				.withMessageContaining("certification path");
		}
		assertThat(pauses).hasValue(0);
	}

	@Test
	void aServerThatHangsUpDuringTheTlsHandshakeIsRetriedAsAnIoError() throws Exception {
		// Jetty reports the hang-up as an end of stream, a broken pipe or "Abruptly closed by peer"; each must
		// be an I/O error, or the retries would stop at the first TLS failure.
		try (RawTestServer hangUp = RawTestServer.start(RawTestServer.Mode.HANG_UP)) {
			String url = "wss://127.0.0.1:" + hangUp.port() + "/echo";
			assertThatThrownBy(() -> client.connect(url, client.options().tls(trustingTheServer()).retry(retry(10)).build()))
				.isExactlyInstanceOf(ConnectionException.class)
				.hasMessageStartingWith("IO Error: could not reconnect to " + url + " in 10 attempts; last failure: IO Error: "
						+ url + ": ");
			// Jetty's connection pool may open more than one connection for an attempt.
			assertThat(hangUp.connections()).isGreaterThanOrEqualTo(11);
		}
	}

	@Test
	void withVerificationOffAnUntrustedServerIsReachedAndAWarningIsLogged(CapturedOutput output) {
		try (DefaultWsClient unverified = ClientFixture.newClient();
				WsConnection connection = unverified.connect(server.url("/echo"),
						options(TlsOptions.jvmDefault().withVerify(false)))) {
			assertThat(connection.isSecure()).isTrue();
			assertEchoes(connection);
		}
		assertThat(output).containsPattern("WARN.*ClientTls.*verification is off");
	}

	@Test
	void withVerificationOffAKeyPairIsStillPresented() {
		TlsOptions tls = TlsOptions.jvmDefault()
			.withKeyPair(clientCertificate.certificateLocation(), clientCertificate.privateKeyLocation())
			.withVerify(false);
		try (WsConnection connection = client.connect(mutualTlsServer.url("/echo"), options(tls))) {
			assertEchoes(connection);
		}
	}

	@Test
	void aPemFileThatDoesNotExistFailsWithSslException() {
		TlsOptions tls = TlsOptions.jvmDefault().withTrustedCertificates("file:/no/such/ca.pem");
		assertThatExceptionOfType(SslException.class)
			.isThrownBy(() -> client.connect(server.url("/echo"), options(tls)))
			.withMessageStartingWith("Could not load the PEM certificates or key for TLS: ")
			.withMessageContaining("/no/such/ca.pem");
	}

	@Test
	void aKeyPairThatDoesNotExistFailsWithSslExceptionEvenWithVerificationOff() {
		TlsOptions tls = TlsOptions.jvmDefault()
			.withKeyPair("file:/no/such/client.pem", "file:/no/such/client-key.pem")
			.withVerify(false);
		assertThatExceptionOfType(SslException.class)
			.isThrownBy(() -> client.connect(server.url("/echo"), options(tls)))
			.withMessageStartingWith("Could not load the PEM certificates or key for TLS: ")
			.withMessageContaining("/no/such/client");
	}

}
