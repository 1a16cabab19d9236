package io.wsboot.websocket.server.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} made at test time with the JDK's keytool, written
 * as PEM files.
 */
final class SelfSignedCertificate {

	private static final char[] PASSWORD = "changeit".toCharArray();

	final Path certificate;

	final Path privateKey;

	private final Certificate cert;

	private SelfSignedCertificate(Path certificate, Path privateKey, Certificate cert) {
		this.certificate = certificate;
		this.privateKey = privateKey;
		this.cert = cert;
	}

	static SelfSignedCertificate create() throws IOException, InterruptedException, GeneralSecurityException {
		Path directory = Files.createTempDirectory("wsboot-tls");
		Path keyStore = directory.resolve("server.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
			.inheritIO()
			.start();
		if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
			throw new IllegalStateException("keytool failed");
		}
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore)) {
			store.load(in, PASSWORD);
		}
		Certificate cert = store.getCertificate("server");
		Path certificate = directory.resolve("cert.pem");
		Path privateKey = directory.resolve("key.pem");
		Files.writeString(certificate, pem("CERTIFICATE", cert.getEncoded()));
		Files.writeString(privateKey, pem("PRIVATE KEY", store.getKey("server", PASSWORD).getEncoded()));
		return new SelfSignedCertificate(certificate, privateKey, cert);
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	/** An SSL context that trusts this certificate only. */
	SSLContext trustingContext() throws GeneralSecurityException, IOException {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("server", this.cert);
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trust);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, factory.getTrustManagers(), null);
		return context;
	}

}
