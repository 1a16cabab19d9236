package io.wsboot.websocket.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jspecify.annotations.Nullable;

/**
 * A self-signed certificate and its key, made at test time with the JDK's keytool and written as
 * PEM files for the client; the server side takes the same material from keytool's PKCS12 store, so
 * it does not depend on the PEM support under test.
 */
final class TestCertificates {

	private static final String PASSWORD = "changeit";

	final Path certificate;

	final Path privateKey;

	private final KeyStore keyStore;

	private final String alias;

	private TestCertificates(Path certificate, Path privateKey, KeyStore keyStore, String alias) {
		this.certificate = certificate;
		this.privateKey = privateKey;
		this.keyStore = keyStore;
		this.alias = alias;
	}

	/** A server certificate for {@code localhost} and {@code 127.0.0.1}. */
	static TestCertificates localhost() throws Exception {
		return create("server", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
	}

	/** A server certificate for another host only: host name verification fails on 127.0.0.1. */
	static TestCertificates otherHost() throws Exception {
		return create("server", "CN=example.org", "SAN=dns:example.org");
	}

	/** A client certificate for mutual TLS. */
	static TestCertificates client() throws Exception {
		return create("client", "CN=wsboot test client", null);
	}

	private static TestCertificates create(String alias, String dname, @Nullable String extension)
			throws IOException, InterruptedException, GeneralSecurityException {
		Path directory = Files.createTempDirectory("wsboot-client-tls");
		Path store = directory.resolve(alias + ".p12");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", dname,
				"-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
		if (extension != null) {
			command.addAll(List.of("-ext", extension));
		}
		Process keytool = new ProcessBuilder(command).inheritIO().start();
		if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
			throw new IllegalStateException("keytool failed: " + command);
		}
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keyStore.load(in, PASSWORD.toCharArray());
		}
		Path certificate = Files.writeString(directory.resolve(alias + "-cert.pem"),
				pem("CERTIFICATE", keyStore.getCertificate(alias).getEncoded()));
		Path privateKey = Files.writeString(directory.resolve(alias + "-key.pem"),
				pem("PRIVATE KEY", keyStore.getKey(alias, PASSWORD.toCharArray()).getEncoded()));
		return new TestCertificates(certificate, privateKey, keyStore, alias);
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	/** The certificate as a Spring Boot PEM location. */
	String certificateLocation() {
		return "file:" + this.certificate;
	}

	/** The private key as a Spring Boot PEM location. */
	String privateKeyLocation() {
		return "file:" + this.privateKey;
	}

	/**
	 * The TLS of a {@link JettyTestServer} that presents this certificate.
	 * @param trustedClient the client certificate the server needs, or {@code null} for no client
	 * authentication
	 * @return the server's TLS settings
	 */
	SslContextFactory.Server serverTls(@Nullable TestCertificates trustedClient) throws GeneralSecurityException, IOException {
		SslContextFactory.Server factory = new SslContextFactory.Server();
		factory.setKeyStore(this.keyStore);
		factory.setKeyStorePassword(PASSWORD);
		if (trustedClient != null) {
			KeyStore trustStore = KeyStore.getInstance("PKCS12");
			trustStore.load(null, null);
			trustStore.setCertificateEntry(trustedClient.alias, trustedClient.keyStore.getCertificate(trustedClient.alias));
			factory.setTrustStore(trustStore);
			factory.setNeedClientAuth(true);
		}
		return factory;
	}

}
