package io.wsboot.websocket;

import java.net.HttpCookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;

/**
 * How a {@link WsClient} opens a connection: handshake headers, authentication, sub-protocols,
 * timeouts, frame size, compression, retry, TLS and the {@link PingPongService}. Immutable; build one with
 * {@link WsClient#options()} or {@link #builder()}.
 */
public final class ConnectOptions {

	/** The smallest frame size: a close frame's payload may be 125 bytes and must always fit. */
	public static final int MIN_FRAME_SIZE = 125;

	private final Map<String, List<String>> headers;

	private final @Nullable ClientAuth auth;

	private final @Nullable String oauth2Registration;

	private final List<String> subProtocols;

	private final @Nullable PingPongService pingPongService;

	private final Duration handshakeTimeout;

	private final @Nullable Duration readTimeout;

	private final @Nullable Duration writeTimeout;

	private final int maxFrameSize;

	private final long maxMessageSize;

	private final int inboundQueueCapacity;

	private final boolean compressionEnabled;

	private final @Nullable Retry retry;

	private final Tls tls;

	private ConnectOptions(Builder builder) {
		this.headers = copy(builder.headers);
		this.auth = builder.auth;
		this.oauth2Registration = builder.oauth2Registration;
		this.subProtocols = List.copyOf(builder.subProtocols);
		this.pingPongService = builder.pingPongService;
		this.handshakeTimeout = builder.handshakeTimeout;
		this.readTimeout = builder.readTimeout;
		this.writeTimeout = builder.writeTimeout;
		this.maxFrameSize = builder.maxFrameSize;
		this.maxMessageSize = builder.maxMessageSize;
		this.inboundQueueCapacity = builder.inboundQueueCapacity;
		this.compressionEnabled = builder.compressionEnabled;
		this.retry = builder.retry;
		this.tls = builder.tls;
	}

	/**
	 * A builder with the defaults of the reference client: handshake timeout 300 s, no read or
	 * write timeout, frame size 65536, compression on, no retry, the JVM's trust store.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from these options.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Headers sent with the handshake request, such as {@code Cookie}; an {@code Authorization}
	 * header among them is replaced by the one of {@link #auth()} or {@link #oauth2Registration()}
	 * when either is set.
	 * @return the headers; never {@code null}
	 */
	public Map<String, List<String>> headers() {
		return this.headers;
	}

	/**
	 * Where the {@code Authorization} header of each handshake comes from.
	 * @return the source, or {@code null} when there is none or {@link #oauth2Registration()} is set
	 */
	public @Nullable ClientAuth auth() {
		return this.auth;
	}

	/**
	 * The Spring Security OAuth2 client registration whose access token each handshake carries.
	 * @return the registration id, or {@code null} when OAuth2 is not used
	 * @see Builder#oauth2(String)
	 */
	public @Nullable String oauth2Registration() {
		return this.oauth2Registration;
	}

	/**
	 * Sub-protocols asked for, in order of preference.
	 * @return the sub-protocols; never {@code null}
	 */
	public List<String> subProtocols() {
		return this.subProtocols;
	}

	/**
	 * The service told of pings and pongs.
	 * @return the service, or {@code null} to answer pings automatically
	 */
	public @Nullable PingPongService pingPongService() {
		return this.pingPongService;
	}

	/**
	 * How long the opening handshake may take.
	 * @return the timeout
	 */
	public Duration handshakeTimeout() {
		return this.handshakeTimeout;
	}

	/**
	 * How long a read waits for a message.
	 * @return the timeout, or {@code null} to wait forever
	 */
	public @Nullable Duration readTimeout() {
		return this.readTimeout;
	}

	/**
	 * How long a write may take.
	 * @return the timeout, or {@code null} to wait forever
	 */
	public @Nullable Duration writeTimeout() {
		return this.writeTimeout;
	}

	/**
	 * The largest frame payload received, and the size outgoing messages are fragmented to.
	 * @return the size in bytes
	 */
	public int maxFrameSize() {
		return this.maxFrameSize;
	}

	/**
	 * The largest message received after its fragments are put together.
	 * @return the size in bytes
	 */
	public long maxMessageSize() {
		return this.maxMessageSize;
	}

	/**
	 * How many received messages may wait for a reader before the client stops reading the socket.
	 * @return the capacity
	 */
	public int inboundQueueCapacity() {
		return this.inboundQueueCapacity;
	}

	/**
	 * Whether permessage-deflate is offered to the server.
	 * @return whether compression is enabled
	 */
	public boolean compressionEnabled() {
		return this.compressionEnabled;
	}

	/**
	 * How to reconnect after a failure.
	 * @return the retry settings, or {@code null} for no retry
	 */
	public @Nullable Retry retry() {
		return this.retry;
	}

	/**
	 * TLS settings of {@code wss://} connections.
	 * @return the settings; never {@code null}
	 */
	public Tls tls() {
		return this.tls;
	}

	private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		return java.util.Collections.unmodifiableMap(copy);
	}

	private static Duration positive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive but was " + value);
		}
		return value;
	}

	/**
	 * Reconnection after a failed connect, an I/O error or a close with 1006: the n-th attempt (from
	 * 0) waits {@code interval × backOffFactor^n}, at most {@code maxWaitInterval}.
	 *
	 * @param maxCount how many attempts, 0 for no limit
	 * @param interval the wait before the first attempt
	 * @param backOffFactor how much each wait grows, at least 1.0
	 * @param maxWaitInterval the longest wait
	 */
	public record Retry(int maxCount, Duration interval, double backOffFactor, Duration maxWaitInterval) {

		/**
		 * Validates the values.
		 * @throws IllegalArgumentException for a negative count or interval, or a factor below 1.0
		 */
		public Retry {
			if (maxCount < 0) {
				throw new IllegalArgumentException("maxCount must be >= 0 but was " + maxCount);
			}
			if (interval.isNegative() || maxWaitInterval.isNegative()) {
				throw new IllegalArgumentException("interval and maxWaitInterval must not be negative but were "
						+ interval + " and " + maxWaitInterval);
			}
			if (!(backOffFactor >= 1.0)) {
				throw new IllegalArgumentException("backOffFactor must be >= 1.0 but was " + backOffFactor);
			}
		}

		/**
		 * The reference's defaults: no limit, 1 s, factor 1.0, at most 30 s.
		 * @return the retry settings
		 */
		public static Retry defaults() {
			return new Retry(0, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(30));
		}

	}

	/**
	 * TLS settings: PEM certificates and keys, given as content or as a location such as
	 * {@code file:/etc/certs/server.crt} or {@code classpath:ca.pem}, or a Spring SSL bundle.
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
	public record Tls(@Nullable String trustedCertificates, @Nullable String certificate,
			@Nullable String privateKey, @Nullable String privateKeyPassword, boolean verify,
			@Nullable SslBundle bundle) {

		/**
		 * Validates that a certificate comes with its key, and that a bundle comes alone.
		 * @throws IllegalArgumentException when only one of certificate and private key is given, or
		 * PEM material beside a bundle
		 */
		public Tls {
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
		public Tls(@Nullable String trustedCertificates, @Nullable String certificate, @Nullable String privateKey,
				@Nullable String privateKeyPassword, boolean verify) {
			this(trustedCertificates, certificate, privateKey, privateKeyPassword, verify, null);
		}

		/**
		 * The JVM's trust store, verification on, no client certificate.
		 * @return the settings
		 */
		public static Tls jvmDefault() {
			return new Tls(null, null, null, null, true);
		}

		/**
		 * Trust these PEM certificates.
		 * @param certificates the certificates, as content or location
		 * @return the settings
		 */
		public Tls withTrustedCertificates(@Nullable String certificates) {
			return new Tls(certificates, this.certificate, this.privateKey, this.privateKeyPassword, this.verify,
					this.bundle);
		}

		/**
		 * Present this key pair for mutual TLS.
		 * @param certificate the PEM certificate chain
		 * @param privateKey the PEM private key
		 * @return the settings
		 */
		public Tls withKeyPair(String certificate, String privateKey) {
			return new Tls(this.trustedCertificates, certificate, privateKey, this.privateKeyPassword, this.verify,
					this.bundle);
		}

		/**
		 * Take trust and key material, protocols and ciphers from a Spring SSL bundle.
		 * @param bundle the bundle, such as {@code sslBundles.getBundle("partner")}
		 * @return the settings
		 */
		public Tls withBundle(@Nullable SslBundle bundle) {
			return new Tls(this.trustedCertificates, this.certificate, this.privateKey, this.privateKeyPassword,
					this.verify, bundle);
		}

		/**
		 * Check the server's certificate, or not.
		 * @param verify whether to verify
		 * @return the settings
		 */
		public Tls withVerify(boolean verify) {
			return new Tls(this.trustedCertificates, this.certificate, this.privateKey, this.privateKeyPassword,
					verify, this.bundle);
		}

	}

	/**
	 * Builds {@link ConnectOptions}. Not thread safe.
	 */
	public static final class Builder {

		private final Map<String, List<String>> headers = new LinkedHashMap<>();

		private @Nullable ClientAuth auth;

		private @Nullable String oauth2Registration;

		private final List<String> subProtocols = new ArrayList<>();

		private @Nullable PingPongService pingPongService;

		private Duration handshakeTimeout = Duration.ofSeconds(300);

		private @Nullable Duration readTimeout;

		private @Nullable Duration writeTimeout;

		private int maxFrameSize = 65536;

		private long maxMessageSize = 1024 * 1024;

		private int inboundQueueCapacity = 32;

		private boolean compressionEnabled = true;

		private @Nullable Retry retry;

		private Tls tls = Tls.jvmDefault();

		private Builder() {
		}

		private Builder(ConnectOptions options) {
			options.headers.forEach((name, values) -> this.headers.put(name, new ArrayList<>(values)));
			this.auth = options.auth;
			this.oauth2Registration = options.oauth2Registration;
			this.subProtocols.addAll(options.subProtocols);
			this.pingPongService = options.pingPongService;
			this.handshakeTimeout = options.handshakeTimeout;
			this.readTimeout = options.readTimeout;
			this.writeTimeout = options.writeTimeout;
			this.maxFrameSize = options.maxFrameSize;
			this.maxMessageSize = options.maxMessageSize;
			this.inboundQueueCapacity = options.inboundQueueCapacity;
			this.compressionEnabled = options.compressionEnabled;
			this.retry = options.retry;
			this.tls = options.tls;
		}

		/**
		 * Adds a handshake request header.
		 * @param name the name
		 * @param value the value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			this.headers.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			return this;
		}

		/**
		 * Sets the sub-protocols to ask for, replacing earlier ones.
		 * @param subProtocols the sub-protocols, in order of preference
		 * @return this builder
		 */
		public Builder subProtocols(String... subProtocols) {
			this.subProtocols.clear();
			this.subProtocols.addAll(List.of(subProtocols));
			return this;
		}

		/**
		 * Sets the {@code Cookie} header from cookies, shortest path first, as the reference does.
		 * @param cookies the cookies
		 * @return this builder
		 */
		public Builder cookies(List<HttpCookie> cookies) {
			String header = cookies.stream()
				.sorted(Comparator.comparingInt((HttpCookie cookie) -> (cookie.getPath() != null) ? cookie.getPath().length() : 0))
				.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
				.collect(Collectors.joining("; "));
			this.headers.put("Cookie", new ArrayList<>(List.of(header)));
			return this;
		}

		/**
		 * Sets where the {@code Authorization} header of each handshake comes from, replacing an
		 * earlier {@code auth}, {@link #oauth2(String)} and any {@code Authorization} given through
		 * {@link #header}.
		 * @param auth the source, asked before every handshake (each reconnect of a retry too), or
		 * {@code null} for none
		 * @return this builder
		 */
		public Builder auth(@Nullable ClientAuth auth) {
			this.auth = auth;
			this.oauth2Registration = null;
			return this;
		}

		/**
		 * Sends the access token of a Spring Security OAuth2 client registration
		 * ({@code spring.security.oauth2.client.registration.<id>.*}) with each handshake: obtained
		 * when there is none, reused while it is valid, refreshed or obtained again once it expires.
		 * Grants: {@code client_credentials} and {@code refresh_token}. Needs
		 * {@code spring-security-oauth2-client} and a {@code ClientRegistrationRepository} bean (in a
		 * WebFlux application a {@code ReactiveClientRegistrationRepository}); without them, or
		 * without the registration, connecting fails with
		 * {@code AuthException("Failed to enrich request with OAuth2 token. …")} naming what is
		 * missing. Replaces an earlier {@link #auth(ClientAuth)}.
		 * @param registrationId the registration id
		 * @return this builder
		 */
		public Builder oauth2(String registrationId) {
			if (registrationId.isBlank()) {
				throw new IllegalArgumentException("registrationId must not be blank");
			}
			this.oauth2Registration = registrationId;
			this.auth = null;
			return this;
		}

		/**
		 * Sends HTTP Basic credentials; short for {@code auth(ClientAuth.basic(username, password))}.
		 * @param username the user name
		 * @param password the password
		 * @return this builder
		 */
		public Builder basicAuth(String username, String password) {
			return auth(ClientAuth.basic(username, password));
		}

		/**
		 * Sends a fixed bearer token; short for {@code auth(ClientAuth.bearer(token))}.
		 * @param token the token
		 * @return this builder
		 */
		public Builder bearerToken(String token) {
			return auth(ClientAuth.bearer(token));
		}

		/**
		 * Sets the service told of pings and pongs.
		 * @param pingPongService the service, or {@code null} to answer pings automatically
		 * @return this builder
		 */
		public Builder pingPongService(@Nullable PingPongService pingPongService) {
			this.pingPongService = pingPongService;
			return this;
		}

		/**
		 * Sets how long the opening handshake may take.
		 * @param timeout a positive duration
		 * @return this builder
		 */
		public Builder handshakeTimeout(Duration timeout) {
			this.handshakeTimeout = positive("handshakeTimeout", timeout);
			return this;
		}

		/**
		 * Sets how long a read waits for a message.
		 * @param timeout a positive duration, or {@code null} to wait forever
		 * @return this builder
		 */
		public Builder readTimeout(@Nullable Duration timeout) {
			this.readTimeout = (timeout != null) ? positive("readTimeout", timeout) : null;
			return this;
		}

		/**
		 * Sets how long a write may take.
		 * @param timeout a positive duration, or {@code null} to wait forever
		 * @return this builder
		 */
		public Builder writeTimeout(@Nullable Duration timeout) {
			this.writeTimeout = (timeout != null) ? positive("writeTimeout", timeout) : null;
			return this;
		}

		/**
		 * Sets the size outgoing messages are fragmented to, and the largest frame accepted on a
		 * connection without compression (with permessage-deflate, larger frames are split and
		 * {@link #maxMessageSize} bounds what is held).
		 * @param maxFrameSize at least 125 bytes, the largest payload of a control frame such as a close
		 * frame, which must always fit
		 * @return this builder
		 */
		public Builder maxFrameSize(int maxFrameSize) {
			if (maxFrameSize < MIN_FRAME_SIZE) {
				throw new IllegalArgumentException(
						"maxFrameSize must be >= " + MIN_FRAME_SIZE + " but was " + maxFrameSize);
			}
			this.maxFrameSize = maxFrameSize;
			return this;
		}

		/**
		 * Sets the largest message received.
		 * @param maxMessageSize at least 1 byte
		 * @return this builder
		 */
		public Builder maxMessageSize(long maxMessageSize) {
			if (maxMessageSize < 1) {
				throw new IllegalArgumentException("maxMessageSize must be >= 1 but was " + maxMessageSize);
			}
			this.maxMessageSize = maxMessageSize;
			return this;
		}

		/**
		 * Sets how many received messages may wait for a reader.
		 * @param capacity at least 1
		 * @return this builder
		 */
		public Builder inboundQueueCapacity(int capacity) {
			if (capacity < 1) {
				throw new IllegalArgumentException("inboundQueueCapacity must be >= 1 but was " + capacity);
			}
			this.inboundQueueCapacity = capacity;
			return this;
		}

		/**
		 * Sets whether permessage-deflate is offered.
		 * @param enabled whether compression is enabled
		 * @return this builder
		 */
		public Builder compressionEnabled(boolean enabled) {
			this.compressionEnabled = enabled;
			return this;
		}

		/**
		 * Sets how to reconnect.
		 * @param retry the settings, or {@code null} for no retry
		 * @return this builder
		 */
		public Builder retry(@Nullable Retry retry) {
			this.retry = retry;
			return this;
		}

		/**
		 * Sets the TLS settings.
		 * @param tls the settings
		 * @return this builder
		 */
		public Builder tls(Tls tls) {
			this.tls = tls;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 */
		public ConnectOptions build() {
			return new ConnectOptions(this);
		}

	}

}
