package io.wsboot.websocket.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ServerSslCustomizerTests {

	private final WebSocketServerProperties.Ssl ssl = new WebSocketProperties().getServer().getSsl();

	private final TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

	private void customize() {
		new ServerSslCustomizer(this.ssl, new DefaultResourceLoader()).customize(this.factory);
	}

	@Test
	void leavesTheServerAloneWithoutSslProperties() {
		customize();
		assertThat(this.factory.getSsl()).isNull();
	}

	@Test
	void servesPemFiles(@TempDir Path directory) throws IOException {
		Path cert = Files.writeString(directory.resolve("cert.pem"), "x");
		Path key = Files.writeString(directory.resolve("key.pem"), "x");
		this.ssl.setCertificate(cert.toString());
		this.ssl.setPrivateKey(key.toString());
		customize();
		assertThat(this.factory.getSsl().getCertificate()).isEqualTo("file:" + cert);
		assertThat(this.factory.getSsl().getCertificatePrivateKey()).isEqualTo("file:" + key);
	}

	@Test
	void missingCertificateFileFailsStartUpNamingTheProperty(@TempDir Path directory) throws IOException {
		this.ssl.setCertificate("/nowhere/cert.pem");
		this.ssl.setPrivateKey(Files.writeString(directory.resolve("key.pem"), "x").toString());
		assertThatIllegalStateException().isThrownBy(this::customize)
			.withMessage("'websocket.server.ssl.certificate' points to '/nowhere/cert.pem', which does not exist");
	}

	@Test
	void certificateWithoutPrivateKeyFailsStartUp() {
		this.ssl.setCertificate("/nowhere/cert.pem");
		assertThatIllegalStateException().isThrownBy(this::customize)
			.withMessage("'websocket.server.ssl.private-key' must be set with 'websocket.server.ssl.certificate'");
	}

	@Test
	void bundleIsPassedOn() {
		this.ssl.setBundle("web");
		customize();
		assertThat(this.factory.getSsl().getBundle()).isEqualTo("web");
	}

	@Test
	void keepsWhatServerSslSaysBesidesKeyMaterial(@TempDir Path directory) throws IOException {
		Ssl server = new Ssl();
		server.setClientAuth(Ssl.ClientAuth.NEED);
		server.setTrustCertificate("classpath:clients.pem");
		server.setEnabledProtocols(new String[] { "TLSv1.3" });
		server.setCiphers(new String[] { "TLS_AES_128_GCM_SHA256" });
		this.factory.setSsl(server);
		this.ssl.setCertificate(Files.writeString(directory.resolve("cert.pem"), "x").toString());
		this.ssl.setPrivateKey(Files.writeString(directory.resolve("key.pem"), "x").toString());
		customize();
		Ssl merged = this.factory.getSsl();
		assertThat(merged.getCertificate()).isEqualTo("file:" + directory.resolve("cert.pem"));
		assertThat(merged.getClientAuth()).isEqualTo(Ssl.ClientAuth.NEED);
		assertThat(merged.getTrustCertificate()).isEqualTo("classpath:clients.pem");
		assertThat(merged.getEnabledProtocols()).containsExactly("TLSv1.3");
		assertThat(merged.getCiphers()).containsExactly("TLS_AES_128_GCM_SHA256");
		assertThat(server.getCertificate()).as("server.ssl itself untouched").isNull();
	}

	@Test
	void keyMaterialInBothFailsStartUpNamingBoth() {
		Ssl server = new Ssl();
		server.setKeyStore("classpath:server.p12");
		this.factory.setSsl(server);
		this.ssl.setBundle("web");
		assertThatIllegalStateException().isThrownBy(this::customize)
			.withMessage("'server.ssl.key-store' and 'websocket.server.ssl.*' both give the server's key material; "
					+ "set it in one of them");
	}

	@Test
	void bundleInBothFailsStartUp() {
		this.factory.setSsl(Ssl.forBundle("server"));
		this.ssl.setBundle("web");
		assertThatIllegalStateException().isThrownBy(this::customize)
			.withMessageStartingWith("'server.ssl.bundle' and 'websocket.server.ssl.*'");
	}

	@Test
	void disabledServerSslIsNotMerged() {
		Ssl server = new Ssl();
		server.setEnabled(false);
		server.setKeyStore("classpath:server.p12");
		this.factory.setSsl(server);
		this.ssl.setBundle("web");
		customize();
		assertThat(this.factory.getSsl().getBundle()).isEqualTo("web");
		assertThat(this.factory.getSsl().getKeyStore()).isNull();
	}

}
