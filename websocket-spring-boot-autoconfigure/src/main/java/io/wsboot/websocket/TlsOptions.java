package io.wsboot.websocket;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;

/**
 * TLS settings of {@code wss://} connections: PEM certificates and keys, given as content or as a
 * location such as {@code file:/etc/certs/server.crt} or {@code classpath:ca.pem}, or a Spring SSL
 * bundle. Set with {@link ConnectOptionsBuilder#tls(TlsOptions)}.
 *
 * @param trustedCertificates certificates to trust instead of the JVM's trust store, or
 * {@code null}
 * @param certificate this client's certificate chain for mutual TLS, or {@code null}
 * @param privateKey the private key of {@code certificate}, or {@code null}
 * @param privateKeyPassword the password of an encrypted private key, or {@code null}
 * @param verify whether the server's certificate and host name are checked; {@code false} is for
 * development only
 * @param bundle a Spring SSL bundle ({@code spring.ssl.bundle.*}) giving trust and key material,
 * protocols and ciphers instead of the PEM settings, or {@code null}
 */
public record TlsOptions(@Nullable String trustedCertificates, @Nullable String certificate,
		@Nullable String privateKey, @Nullable String privateKeyPassword, boolean verify,
		@Nullable SslBundle bundle) {

	/**
	 * Validates that a certificate comes with its key, and that a bundle comes alone.
	 * @throws IllegalArgumentException when only one of certificate and private key is given, or
	 * PEM material beside a bundle
	 */
	public TlsOptions {
		if ((certificate == null) != (privateKey == null)) {
			throw new IllegalArgumentException("certificate and privateKey go together; found only the "
					+ ((certificate != null) ? "certificate" : "private key"));
		}
		if (bundle != null && (trustedCertificates != null || certificate != null)) {
			throw new IllegalArgumentException("an SSL bundle gives the trust and key material; PEM "
					+ "certificates cannot be added to it");
		}
	}

	/**
	 * PEM settings without a bundle.
	 * @param trustedCertificates certificates to trust instead of the JVM's trust store, or
	 * {@code null}
	 * @param certificate this client's certificate chain for mutual TLS, or {@code null}
	 * @param privateKey the private key of {@code certificate}, or {@code null}
	 * @param privateKeyPassword the password of an encrypted private key, or {@code null}
	 * @param verify whether the server's certificate and host name are checked
	 */
	public TlsOptions(@Nullable String trustedCertificates, @Nullable String certificate, @Nullable String privateKey,
			@Nullable String privateKeyPassword, boolean verify) {
		this(trustedCertificates, certificate, privateKey, privateKeyPassword, verify, null);
	}

	/**
	 * The JVM's trust store, verification on, no client certificate.
	 * @return the settings
	 */
	public static TlsOptions jvmDefault() {
		return new TlsOptions(null, null, null, null, true);
	}

	/**
	 * Trust these PEM certificates.
	 * @param certificates the certificates, as content or location
	 * @return the settings
	 */
	public TlsOptions withTrustedCertificates(@Nullable String certificates) {
		return new TlsOptions(certificates, this.certificate, this.privateKey, this.privateKeyPassword, this.verify,
				this.bundle);
	}

	/**
	 * Present this key pair for mutual TLS.
	 * @param certificate the PEM certificate chain
	 * @param privateKey the PEM private key
	 * @return the settings
	 */
	public TlsOptions withKeyPair(String certificate, String privateKey) {
		return new TlsOptions(this.trustedCertificates, certificate, privateKey, this.privateKeyPassword, this.verify,
				this.bundle);
	}

	/**
	 * Take trust and key material, protocols and ciphers from a Spring SSL bundle.
	 * @param bundle the bundle, such as {@code sslBundles.getBundle("partner")}
	 * @return the settings
	 */
	public TlsOptions withBundle(@Nullable SslBundle bundle) {
		return new TlsOptions(this.trustedCertificates, this.certificate, this.privateKey, this.privateKeyPassword,
				this.verify, bundle);
	}

	/**
	 * Check the server's certificate, or not.
	 * @param verify whether to verify
	 * @return the settings
	 */
	public TlsOptions withVerify(boolean verify) {
		return new TlsOptions(this.trustedCertificates, this.certificate, this.privateKey, this.privateKeyPassword,
				verify, this.bundle);
	}

}
