package io.wsboot.websocket.client;

import java.security.GeneralSecurityException;
import java.util.function.Function;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;

import io.wsboot.websocket.SslException;
import io.wsboot.websocket.TlsOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * Jetty's TLS settings from {@link TlsOptions}: a Spring SSL bundle, or PEM trust and key
 * material through Spring Boot's PEM support, or trust in everything when verification is off.
 * Stateless.
 */
final class ClientTls {

	private static final Log logger = LogFactory.getLog(ClientTls.class);

	private ClientTls() {
	}

	static SslContextFactory.Client contextFactory(TlsOptions tls) {
		SslContextFactory.Client factory = new SslContextFactory.Client();
		SslBundle bundle = tls.bundle();
		boolean pem = tls.trustedCertificates() != null || tls.certificate() != null;
		if (bundle != null) {
			SslOptions options = bundle.getOptions();
			if (options.getEnabledProtocols() != null) {
				factory.setIncludeProtocols(options.getEnabledProtocols());
			}
			if (options.getCiphers() != null) {
				factory.setIncludeCipherSuites(options.getCiphers());
			}
		}
		if (!tls.verify()) {
			logger.warn("TLS certificate verification is off for WebSocket client connections: any server is "
					+ "trusted. Use this for development only (websocket.client.ssl.verify=false)");
			KeyManager @Nullable [] keyManagers = (bundle != null) ? bundle.getManagers().getKeyManagers()
					: pem ? fromPem(tls, (pemBundle) -> pemBundle.getManagers().getKeyManagers()) : null;
			factory.setSslContext(trustAll(keyManagers));
			factory.setEndpointIdentificationAlgorithm(null);
		}
		else if (bundle != null) {
			factory.setSslContext(bundle.createSslContext());
		}
		else if (pem) {
			factory.setSslContext(fromPem(tls, SslBundle::createSslContext));
		}
		return factory;
	}

	/**
	 * Applies a function to the PEM bundle of the settings. Spring Boot reads the PEM files only when
	 * the bundle's stores are first used, so a missing or malformed file fails inside the function.
	 */
	private static <T> T fromPem(TlsOptions tls, Function<SslBundle, T> use) {
		try {
			PemSslStoreDetails keyStore = (tls.certificate() != null)
					? new PemSslStoreDetails(null, tls.certificate(), tls.privateKey(), tls.privateKeyPassword())
					: null;
			PemSslStoreDetails trustStore = (tls.trustedCertificates() != null)
					? PemSslStoreDetails.forCertificates(tls.trustedCertificates()) : null;
			return use.apply(SslBundle.of(new PemSslStoreBundle(keyStore, trustStore)));
		}
		catch (RuntimeException ex) {
			throw new SslException("Could not load the PEM certificates or key for TLS: " + ex.getMessage(), ex);
		}
	}

	private static SSLContext trustAll(KeyManager @Nullable [] keyManagers) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keyManagers, SslContextFactory.TRUST_ALL_CERTS, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new SslException("Could not set up TLS: " + ex.getMessage(), ex);
		}
	}

}
