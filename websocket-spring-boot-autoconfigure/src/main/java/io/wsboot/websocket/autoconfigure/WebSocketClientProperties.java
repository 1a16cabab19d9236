package io.wsboot.websocket.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The {@code websocket.client.*} properties, the options of the auto-configured {@code WsClient}.
 */
public class WebSocketClientProperties {

	/**
	 * Whether permessage-deflate compression is offered to servers.
	 */
	private boolean compressionEnabled = true;

	/**
	 * How long the opening handshake may take.
	 */
	private Duration handshakeTimeout = Duration.ofSeconds(300);

	/**
	 * How long a read waits for a message; unset waits forever.
	 */
	private @Nullable Duration readTimeout;

	/**
	 * How long a write may take; unset waits forever.
	 */
	private @Nullable Duration writeTimeout;

	/**
	 * Size outgoing messages are fragmented to (at least 125B), and the largest frame payload
	 * accepted on a connection without compression; with compression, larger frames are split
	 * and max-message-size bounds what is held.
	 */
	private DataSize maxFrameSize = DataSize.ofKilobytes(64);

	/**
	 * Largest message accepted once its fragments are put together.
	 */
	private DataSize maxMessageSize = DataSize.ofMegabytes(1);

	/**
	 * How many received messages may wait for a reader before the client stops reading the socket.
	 */
	private int inboundQueueCapacity = 32;

	private final Ssl ssl = new Ssl();

	private final Retry retry = new Retry();

	public boolean isCompressionEnabled() {
		return this.compressionEnabled;
	}

	public void setCompressionEnabled(boolean compressionEnabled) {
		this.compressionEnabled = compressionEnabled;
	}

	public Duration getHandshakeTimeout() {
		return this.handshakeTimeout;
	}

	public void setHandshakeTimeout(Duration handshakeTimeout) {
		this.handshakeTimeout = handshakeTimeout;
	}

	public @org.jspecify.annotations.Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(@org.jspecify.annotations.Nullable Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public @org.jspecify.annotations.Nullable Duration getWriteTimeout() {
		return this.writeTimeout;
	}

	public void setWriteTimeout(@org.jspecify.annotations.Nullable Duration writeTimeout) {
		this.writeTimeout = writeTimeout;
	}

	public DataSize getMaxFrameSize() {
		return this.maxFrameSize;
	}

	public void setMaxFrameSize(DataSize maxFrameSize) {
		this.maxFrameSize = maxFrameSize;
	}

	public DataSize getMaxMessageSize() {
		return this.maxMessageSize;
	}

	public void setMaxMessageSize(DataSize maxMessageSize) {
		this.maxMessageSize = maxMessageSize;
	}

	public int getInboundQueueCapacity() {
		return this.inboundQueueCapacity;
	}

	public void setInboundQueueCapacity(int inboundQueueCapacity) {
		this.inboundQueueCapacity = inboundQueueCapacity;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * The {@code websocket.client.ssl.*} properties: TLS of {@code wss://} connections.
	 */
	public static class Ssl {

		/**
		 * Spring SSL bundle ('spring.ssl.bundle.*') giving trust and key material, protocols and
		 * ciphers, instead of the PEM properties.
		 */
		private @Nullable String bundle;

		/**
		 * PEM certificates to trust instead of the JVM's trust store, as content or a location such
		 * as 'file:/etc/certs/ca.pem' or 'classpath:ca.pem'.
		 */
		private @Nullable String trustedCertificates;

		/**
		 * PEM certificate chain presented for mutual TLS, as content or a location.
		 */
		private @Nullable String certificate;

		/**
		 * PEM private key of the certificate, as content or a location.
		 */
		private @Nullable String privateKey;

		/**
		 * Password of an encrypted private key.
		 */
		private @Nullable String privateKeyPassword;

		/**
		 * Whether the server's certificate and host name are verified; false is for development only.
		 */
		private boolean verify = true;

		public @org.jspecify.annotations.Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@org.jspecify.annotations.Nullable String bundle) {
			this.bundle = bundle;
		}

		public @org.jspecify.annotations.Nullable String getTrustedCertificates() {
			return this.trustedCertificates;
		}

		public void setTrustedCertificates(@org.jspecify.annotations.Nullable String trustedCertificates) {
			this.trustedCertificates = trustedCertificates;
		}

		public @org.jspecify.annotations.Nullable String getCertificate() {
			return this.certificate;
		}

		public void setCertificate(@org.jspecify.annotations.Nullable String certificate) {
			this.certificate = certificate;
		}

		public @org.jspecify.annotations.Nullable String getPrivateKey() {
			return this.privateKey;
		}

		public void setPrivateKey(@org.jspecify.annotations.Nullable String privateKey) {
			this.privateKey = privateKey;
		}

		public @org.jspecify.annotations.Nullable String getPrivateKeyPassword() {
			return this.privateKeyPassword;
		}

		public void setPrivateKeyPassword(@org.jspecify.annotations.Nullable String privateKeyPassword) {
			this.privateKeyPassword = privateKeyPassword;
		}

		public boolean isVerify() {
			return this.verify;
		}

		public void setVerify(boolean verify) {
			this.verify = verify;
		}

	}

	/**
	 * The {@code websocket.client.retry.*} properties: reconnection after a failed connect, an I/O
	 * error or a close with 1006.
	 */
	public static class Retry {

		/**
		 * Whether connections are retried.
		 */
		private boolean enabled;

		/**
		 * How many attempts, 0 for no limit.
		 */
		private int maxCount;

		/**
		 * Wait before the first attempt.
		 */
		private Duration interval = Duration.ofSeconds(1);

		/**
		 * How much each wait grows: attempt n waits interval x factor^n.
		 */
		private double backOffFactor = 1.0;

		/**
		 * Longest wait between attempts.
		 */
		private Duration maxWaitInterval = Duration.ofSeconds(30);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxCount() {
			return this.maxCount;
		}

		public void setMaxCount(int maxCount) {
			this.maxCount = maxCount;
		}

		public Duration getInterval() {
			return this.interval;
		}

		public void setInterval(Duration interval) {
			this.interval = interval;
		}

		public double getBackOffFactor() {
			return this.backOffFactor;
		}

		public void setBackOffFactor(double backOffFactor) {
			this.backOffFactor = backOffFactor;
		}

		public Duration getMaxWaitInterval() {
			return this.maxWaitInterval;
		}

		public void setMaxWaitInterval(Duration maxWaitInterval) {
			this.maxWaitInterval = maxWaitInterval;
		}

	}

}
