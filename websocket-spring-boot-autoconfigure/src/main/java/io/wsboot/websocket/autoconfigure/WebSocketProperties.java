package io.wsboot.websocket.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.wsboot.websocket.SendBufferOverflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code websocket.*} properties.
 */
@ConfigurationProperties("websocket")
public class WebSocketProperties {

	private final Server server = new Server();

	private final Client client = new Client();

	public Server getServer() {
		return this.server;
	}

	public Client getClient() {
		return this.client;
	}

	/**
	 * The {@code websocket.server.*} properties, defaults for every {@code @WebSocketService}.
	 */
	public static class Server {

		/**
		 * Whether permessage-deflate compression is agreed with clients that offer it.
		 */
		private boolean compressionEnabled = true;

		/**
		 * Time without reads or writes after which a service's onIdleTimeout is called; the
		 * connection stays open. Zero for none.
		 */
		private Duration idleTimeout = Duration.ZERO;

		/**
		 * Largest frame payload accepted or sent.
		 */
		private DataSize maxFrameSize = DataSize.ofBytes(65536);

		/**
		 * Largest whole message accepted, after its frames are joined; a larger one closes the
		 * connection with 1009.
		 */
		private DataSize maxMessageSize = DataSize.ofMegabytes(1);

		/**
		 * How long one write may block on a peer that does not read before the connection is
		 * dropped and the write fails with WriteTimeoutException.
		 */
		private Duration sendTimeLimit = Duration.ofSeconds(10);

		/**
		 * How long a peer may send nothing before it is pinged; a peer that still sends nothing
		 * (not even the pong) by the next interval is dropped and onError is told. Zero for none.
		 */
		private Duration pingInterval = Duration.ZERO;

		/**
		 * Most bytes of messages that may wait to be sent to one peer: writes from threads other
		 * than the connection's own service methods, such as broadcasts, are queued up to it, so
		 * that a slow peer never holds up the writer.
		 */
		private DataSize sendBufferLimit = DataSize.ofMegabytes(1);

		/**
		 * What happens when a message does not fit in a peer's send buffer: 'close' (close 1008,
		 * onError with SendBufferOverflowException) or 'drop-oldest' (discard the oldest waiting
		 * messages).
		 */
		private SendBufferOverflow sendBufferOverflow = SendBufferOverflow.CLOSE;

		/**
		 * How long a close waits for the peer's close frame before the connection is dropped.
		 */
		private Duration connectionClosureTimeout = Duration.ofSeconds(60);

		/**
		 * Origins browsers may connect from, as values or patterns such as 'https://*.example.com'; '*'
		 * allows all. Empty allows the same origin only; requests without an Origin header are always
		 * allowed.
		 */
		private List<String> allowedOrigins = new ArrayList<>();

		private final Ssl ssl = new Ssl();

		public boolean isCompressionEnabled() {
			return this.compressionEnabled;
		}

		public void setCompressionEnabled(boolean compressionEnabled) {
			this.compressionEnabled = compressionEnabled;
		}

		public Duration getIdleTimeout() {
			return this.idleTimeout;
		}

		public void setIdleTimeout(Duration idleTimeout) {
			this.idleTimeout = idleTimeout;
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

		public Duration getSendTimeLimit() {
			return this.sendTimeLimit;
		}

		public void setSendTimeLimit(Duration sendTimeLimit) {
			this.sendTimeLimit = sendTimeLimit;
		}

		public Duration getPingInterval() {
			return this.pingInterval;
		}

		public void setPingInterval(Duration pingInterval) {
			this.pingInterval = pingInterval;
		}

		public DataSize getSendBufferLimit() {
			return this.sendBufferLimit;
		}

		public void setSendBufferLimit(DataSize sendBufferLimit) {
			this.sendBufferLimit = sendBufferLimit;
		}

		public SendBufferOverflow getSendBufferOverflow() {
			return this.sendBufferOverflow;
		}

		public void setSendBufferOverflow(SendBufferOverflow sendBufferOverflow) {
			this.sendBufferOverflow = sendBufferOverflow;
		}

		public Duration getConnectionClosureTimeout() {
			return this.connectionClosureTimeout;
		}

		public void setConnectionClosureTimeout(Duration connectionClosureTimeout) {
			this.connectionClosureTimeout = connectionClosureTimeout;
		}

		public List<String> getAllowedOrigins() {
			return this.allowedOrigins;
		}

		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

		/**
		 * How many connections each endpoint holds at once; a handshake beyond them is answered
		 * with 503. Zero for no limit. An endpoint's maxConnections attribute wins over it.
		 */
		private int maxConnections = 0;

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		/**
		 * The {@code websocket.server.ssl.*} properties: {@code wss://} on the application's port.
		 */
		public static class Ssl {

			/**
			 * PEM certificate (chain) file or resource location, such as 'file:/etc/ws/cert.pem';
			 * setting it serves the whole application over TLS.
			 */
			private @Nullable String certificate;

			/**
			 * PEM private key file or resource location of the certificate.
			 */
			private @Nullable String privateKey;

			/**
			 * Password of an encrypted private key.
			 */
			private @Nullable String privateKeyPassword;

			/**
			 * Name of a Spring SSL bundle ('spring.ssl.bundle.*') to use instead of the files.
			 */
			private @Nullable String bundle;

			public @Nullable String getCertificate() {
				return this.certificate;
			}

			public void setCertificate(@Nullable String certificate) {
				this.certificate = certificate;
			}

			public @Nullable String getPrivateKey() {
				return this.privateKey;
			}

			public void setPrivateKey(@Nullable String privateKey) {
				this.privateKey = privateKey;
			}

			public @Nullable String getPrivateKeyPassword() {
				return this.privateKeyPassword;
			}

			public void setPrivateKeyPassword(@Nullable String privateKeyPassword) {
				this.privateKeyPassword = privateKeyPassword;
			}

			public @Nullable String getBundle() {
				return this.bundle;
			}

			public void setBundle(@Nullable String bundle) {
				this.bundle = bundle;
			}

		}

	}

	/**
	 * The {@code websocket.client.*} properties, the options of the auto-configured {@code WsClient}.
	 */
	public static class Client {

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
		private DataSize maxFrameSize = DataSize.ofBytes(65536);

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

}
