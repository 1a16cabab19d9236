package io.wsboot.websocket.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Serves the application, and so its WebSocket endpoints, over TLS from the
 * {@code websocket.server.ssl.*} PEM files or SSL bundle. Runs after Boot's own customizer, so these
 * properties win over {@code server.ssl.*}.
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
		Ssl ssl = new Ssl();
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
