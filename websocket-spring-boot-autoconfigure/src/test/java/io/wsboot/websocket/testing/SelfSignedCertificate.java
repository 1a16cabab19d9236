package io.wsboot.websocket.testing;

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

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * A self-signed certificate and its key, made at test time with the JDK's keytool and written as PEM files; the
 * same material is also kept in keytool's PKCS12 store, so a test server can use it without the PEM support under
 * test.
 */
public final class SelfSignedCertificate {

	private static final String PASSWORD = "changeit";

	private final Path certificate;

	private final Path privateKey;

	private final KeyStore keyStore;

	private final String alias;

	private SelfSignedCertificate(Path certificate, Path privateKey, KeyStore keyStore, String alias) {
		this.certificate = certificate;
		this.privateKey = privateKey;
		this.keyStore = keyStore;
		this.alias = alias;
	}

	/** A server certificate for {@code localhost} and {@code 127.0.0.1}. */
	public static SelfSignedCertificate localhost() throws IOException, InterruptedException, GeneralSecurityException {
		return create("server", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
	}

	/** A server certificate for another host only: host name verification fails on 127.0.0.1. */
	public static SelfSignedCertificate otherHost() throws IOException, InterruptedException, GeneralSecurityException {
		return create("server", "CN=example.org", "SAN=dns:example.org");
	}

	/** A client certificate for mutual TLS. */
	public static SelfSignedCertificate client() throws IOException, InterruptedException, GeneralSecurityException {
		return create("client", "CN=wsboot test client", null);
	}

	private static SelfSignedCertificate create(String alias, String dname, @Nullable String extension)
			throws IOException, InterruptedException, GeneralSecurityException {
		Path directory = Files.createTempDirectory("wsboot-tls");
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
		return new SelfSignedCertificate(certificate, privateKey, keyStore, alias);
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	/** The PEM file of the certificate. */
	public Path certificate() {
		return this.certificate;
	}

	/** The PEM file of the private key. */
	public Path privateKey() {
		return this.privateKey;
	}

	/** The certificate as a Spring Boot PEM location. */
	public String certificateLocation() {
		return "file:" + this.certificate;
	}

	/** The private key as a Spring Boot PEM location. */
	public String privateKeyLocation() {
		return "file:" + this.privateKey;
	}

	/** The PKCS12 store that holds the key and the certificate; its password is {@link #password()}. */
	public KeyStore keyStore() {
		return this.keyStore;
	}

	/** The password of the {@link #keyStore() key store} and of its key. */
	public String password() {
		return PASSWORD;
	}

	/** A store that holds this certificate only, as a trusted entry. */
	public KeyStore trustStore() throws GeneralSecurityException, IOException {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry(this.alias, this.keyStore.getCertificate(this.alias));
		return trust;
	}

	/** An SSL context that trusts this certificate only. */
	public SSLContext trustingContext() throws GeneralSecurityException, IOException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trustStore());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, factory.getTrustManagers(), null);
		return context;
	}

}
