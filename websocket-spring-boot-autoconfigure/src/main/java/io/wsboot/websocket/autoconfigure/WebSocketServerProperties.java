package io.wsboot.websocket.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.wsboot.websocket.SendBufferOverflow;

import org.springframework.util.unit.DataSize;

/**
 * The {@code websocket.server.*} properties, defaults for every {@code @WebSocketService}.
 */
public class WebSocketServerProperties {

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
	private DataSize maxFrameSize = DataSize.ofKilobytes(64);

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
	 * Whether each message's handling is a Micrometer Observation ('websocket.server.message', a
	 * timer and a trace span) when the application has an ObservationRegistry; handshakes always are.
	 */
	private boolean observeMessages;

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

	public boolean isObserveMessages() {
		return this.observeMessages;
	}

	public void setObserveMessages(boolean observeMessages) {
		this.observeMessages = observeMessages;
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
