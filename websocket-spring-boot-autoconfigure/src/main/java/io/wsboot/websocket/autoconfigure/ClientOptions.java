package io.wsboot.websocket.autoconfigure;

import java.time.Duration;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectOptionsBuilder;
import io.wsboot.websocket.RetryOptions;
import io.wsboot.websocket.TlsOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.unit.DataSize;

/**
 * Turns the {@code websocket.client.*} properties into {@link ConnectOptions}, rejecting values that
 * cannot work with a message that names the property.
 */
final class ClientOptions {

	private static final String PREFIX = "websocket.client.";

	private ClientOptions() {
	}

	static ConnectOptions from(WebSocketClientProperties client, @Nullable SslBundles bundles) {
		ConnectOptionsBuilder builder = ConnectOptions.builder();
		PropertyMapper map = PropertyMapper.get();
		map.from(client.isCompressionEnabled()).to(builder::compressionEnabled);
		map.from(positive("handshake-timeout", client.getHandshakeTimeout())).to(builder::handshakeTimeout);
		map.from(client.getReadTimeout()).as((timeout) -> positive("read-timeout", timeout)).to(builder::readTimeout);
		map.from(client.getWriteTimeout()).as((timeout) -> positive("write-timeout", timeout)).to(builder::writeTimeout);
		map.from(client.getMaxFrameSize())
			.as((size) -> bytes("max-frame-size", size, ConnectOptions.MIN_FRAME_SIZE, Integer.MAX_VALUE))
			.to((size) -> builder.maxFrameSize(size.intValue()));
		map.from(client.getMaxMessageSize()).as((size) -> bytes("max-message-size", size, 1, Long.MAX_VALUE))
			.to(builder::maxMessageSize);
		map.from(atLeast("inbound-queue-capacity", client.getInboundQueueCapacity(), 1))
			.to(builder::inboundQueueCapacity);
		builder.tls(tls(client.getSsl(), bundles));
		builder.retry(retry(client.getRetry()));
		return builder.build();
	}

	private static TlsOptions tls(WebSocketClientProperties.Ssl ssl, @Nullable SslBundles bundles) {
		if ((ssl.getCertificate() == null) != (ssl.getPrivateKey() == null)) {
			throw new IllegalStateException("'" + PREFIX + "ssl.certificate' and '" + PREFIX
					+ "ssl.private-key' go together but only '" + PREFIX
					+ ((ssl.getCertificate() != null) ? "ssl.certificate" : "ssl.private-key") + "' is set");
		}
		String bundle = ssl.getBundle();
		if (bundle == null) {
			return new TlsOptions(ssl.getTrustedCertificates(), ssl.getCertificate(), ssl.getPrivateKey(),
					ssl.getPrivateKeyPassword(), ssl.isVerify());
		}
		if (ssl.getTrustedCertificates() != null || ssl.getCertificate() != null) {
			throw new IllegalStateException("'" + PREFIX + "ssl.bundle' gives the trust and key material; set it or '"
					+ PREFIX + ((ssl.getCertificate() != null) ? "ssl.certificate" : "ssl.trusted-certificates")
					+ "', not both");
		}
		if (bundles == null) {
			throw new IllegalStateException("'" + PREFIX + "ssl.bundle' is set but there are no SSL bundles "
					+ "(spring.ssl.bundle.*)");
		}
		return TlsOptions.jvmDefault().withBundle(bundles.getBundle(bundle)).withVerify(ssl.isVerify());
	}

	private static @Nullable RetryOptions retry(WebSocketClientProperties.Retry retry) {
		if (!retry.isEnabled()) {
			return null;
		}
		atLeast("retry.max-count", retry.getMaxCount(), 0);
		if (!(retry.getBackOffFactor() >= 1.0)) {
			throw new IllegalStateException(
					"'" + PREFIX + "retry.back-off-factor' must be >= 1.0 but was " + retry.getBackOffFactor());
		}
		return new RetryOptions(retry.getMaxCount(), notNegative("retry.interval", retry.getInterval()),
				retry.getBackOffFactor(), notNegative("retry.max-wait-interval", retry.getMaxWaitInterval()));
	}

	private static Duration positive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalStateException("'" + PREFIX + property + "' must be positive but was " + value);
		}
		return value;
	}

	private static Duration notNegative(String property, Duration value) {
		if (value.isNegative()) {
			throw new IllegalStateException("'" + PREFIX + property + "' must not be negative but was " + value);
		}
		return value;
	}

	private static int atLeast(String property, int value, int minimum) {
		if (value < minimum) {
			throw new IllegalStateException("'" + PREFIX + property + "' must be >= " + minimum + " but was " + value);
		}
		return value;
	}

	private static Long bytes(String property, DataSize size, long minimum, long maximum) {
		if (size.toBytes() < minimum || size.toBytes() > maximum) {
			throw new IllegalStateException("'" + PREFIX + property + "' must be between " + minimum + "B and " + maximum
					+ "B but was " + size);
		}
		return size.toBytes();
	}

}
