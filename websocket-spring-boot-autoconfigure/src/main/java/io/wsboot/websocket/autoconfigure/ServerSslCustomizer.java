package io.wsboot.websocket.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.AbstractConfigurableWebServerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Serves the application, and so its WebSocket endpoints, over TLS from the
 * {@code websocket.server.ssl.*} PEM files or SSL bundle. Runs after Boot's own customizer and
 * keeps what {@code server.ssl.*} says besides the key material (client authentication, trust,
 * protocols, ciphers); key material in both fails start-up naming both.
 */
final class ServerSslCustomizer implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

	private static final String PREFIX = "websocket.server.ssl.";

	private final WebSocketServerProperties.Ssl properties;

	private final ResourceLoader resourceLoader;

	ServerSslCustomizer(WebSocketServerProperties.Ssl properties, ResourceLoader resourceLoader) {
		this.properties = properties;
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void customize(ConfigurableWebServerFactory factory) {
		String bundle = this.properties.getBundle();
		String certificate = this.properties.getCertificate();
		if (!StringUtils.hasText(bundle) && !StringUtils.hasText(certificate)) {
			return;
		}
		Ssl ssl = settingsBesidesKeyMaterial(factory);
		ssl.setEnabled(true);
		if (StringUtils.hasText(bundle)) {
			Assert.state(!StringUtils.hasText(certificate),
					() -> "'" + PREFIX + "bundle' and '" + PREFIX + "certificate' are both set; set one of them");
			ssl.setBundle(bundle);
		}
		else {
			String privateKey = this.properties.getPrivateKey();
			Assert.state(StringUtils.hasText(privateKey),
					() -> "'" + PREFIX + "private-key' must be set with '" + PREFIX + "certificate'");
			ssl.setCertificate(existing(certificate, "certificate"));
			ssl.setCertificatePrivateKey(existing(privateKey, "private-key"));
			ssl.setKeyPassword(this.properties.getPrivateKeyPassword());
		}
		factory.setSsl(ssl);
	}

	/**
	 * A copy of {@code server.ssl.*} without key material, which fails when it has some: its
	 * settings for client authentication, trust, protocols and ciphers go with this key material.
	 */
	private static Ssl settingsBesidesKeyMaterial(ConfigurableWebServerFactory factory) {
		Ssl server = (factory instanceof AbstractConfigurableWebServerFactory configurable) ? configurable.getSsl()
				: null;
		Ssl ssl = new Ssl();
		if (server == null || !server.isEnabled()) {
			return ssl;
		}
		String serverKey = StringUtils.hasText(server.getBundle()) ? "bundle"
				: StringUtils.hasText(server.getCertificate()) ? "certificate"
						: StringUtils.hasText(server.getKeyStore()) ? "key-store" : null;
		Assert.state(serverKey == null, () -> "'server.ssl." + serverKey + "' and '" + PREFIX
				+ "*' both give the server's key material; set it in one of them");
		ssl.setClientAuth(server.getClientAuth());
		ssl.setCiphers(server.getCiphers());
		ssl.setEnabledProtocols(server.getEnabledProtocols());
		ssl.setProtocol(server.getProtocol());
		ssl.setTrustCertificate(server.getTrustCertificate());
		ssl.setTrustCertificatePrivateKey(server.getTrustCertificatePrivateKey());
		ssl.setTrustStore(server.getTrustStore());
		ssl.setTrustStorePassword(server.getTrustStorePassword());
		ssl.setTrustStoreType(server.getTrustStoreType());
		ssl.setTrustStoreProvider(server.getTrustStoreProvider());
		return ssl;
	}

	private String existing(@Nullable String location, String property) {
		String resolved = (location != null && !location.contains(":")) ? "file:" + location : location;
		Assert.state(resolved != null && this.resourceLoader.getResource(resolved).exists(),
				() -> "'" + PREFIX + property + "' points to '" + location + "', which does not exist");
		return resolved;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
