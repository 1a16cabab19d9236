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

/**
 * Builds {@link ConnectOptions}; start from {@link ConnectOptions#builder()},
 * {@link ConnectOptions#toBuilder()} or {@link WsClient#options()}. Not thread safe.
 */
public final class ConnectOptionsBuilder {

	// Package-private: the ConnectOptions constructor reads them.

	final Map<String, List<String>> headers = new LinkedHashMap<>();

	@Nullable ClientAuth auth;

	@Nullable String oauth2Registration;

	final List<String> subProtocols = new ArrayList<>();

	@Nullable PingPongService pingPongService;

	Duration handshakeTimeout = Duration.ofSeconds(300);

	@Nullable Duration readTimeout;

	@Nullable Duration writeTimeout;

	int maxFrameSize = 65536;

	long maxMessageSize = 1024 * 1024;

	int inboundQueueCapacity = 32;

	boolean compressionEnabled = true;

	@Nullable RetryOptions retry;

	TlsOptions tls = TlsOptions.jvmDefault();

	ConnectOptionsBuilder() {
	}

	ConnectOptionsBuilder(ConnectOptions options) {
		options.headers().forEach((name, values) -> this.headers.put(name, new ArrayList<>(values)));
		this.auth = options.auth();
		this.oauth2Registration = options.oauth2Registration();
		this.subProtocols.addAll(options.subProtocols());
		this.pingPongService = options.pingPongService();
		this.handshakeTimeout = options.handshakeTimeout();
		this.readTimeout = options.readTimeout();
		this.writeTimeout = options.writeTimeout();
		this.maxFrameSize = options.maxFrameSize();
		this.maxMessageSize = options.maxMessageSize();
		this.inboundQueueCapacity = options.inboundQueueCapacity();
		this.compressionEnabled = options.compressionEnabled();
		this.retry = options.retry();
		this.tls = options.tls();
	}

	/**
	 * Adds a handshake request header.
	 * @param name the name
	 * @param value the value
	 * @return this builder
	 */
	public ConnectOptionsBuilder header(String name, String value) {
		this.headers.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		return this;
	}

	/**
	 * Sets the sub-protocols to ask for, replacing earlier ones.
	 * @param subProtocols the sub-protocols, in order of preference
	 * @return this builder
	 */
	public ConnectOptionsBuilder subProtocols(String... subProtocols) {
		this.subProtocols.clear();
		this.subProtocols.addAll(List.of(subProtocols));
		return this;
	}

	/**
	 * Sets the {@code Cookie} header from cookies, shortest path first, as the reference does.
	 * @param cookies the cookies
	 * @return this builder
	 */
	public ConnectOptionsBuilder cookies(List<HttpCookie> cookies) {
		String header = cookies.stream()
			.sorted(Comparator
				.comparingInt((HttpCookie cookie) -> (cookie.getPath() != null) ? cookie.getPath().length() : 0))
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
	public ConnectOptionsBuilder auth(@Nullable ClientAuth auth) {
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
	public ConnectOptionsBuilder oauth2(String registrationId) {
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
	public ConnectOptionsBuilder basicAuth(String username, String password) {
		return auth(ClientAuth.basic(username, password));
	}

	/**
	 * Sends a fixed bearer token; short for {@code auth(ClientAuth.bearer(token))}.
	 * @param token the token
	 * @return this builder
	 */
	public ConnectOptionsBuilder bearerToken(String token) {
		return auth(ClientAuth.bearer(token));
	}

	/**
	 * Sets the service told of pings and pongs.
	 * @param pingPongService the service, or {@code null} to answer pings automatically
	 * @return this builder
	 */
	public ConnectOptionsBuilder pingPongService(@Nullable PingPongService pingPongService) {
		this.pingPongService = pingPongService;
		return this;
	}

	/**
	 * Sets how long the opening handshake may take.
	 * @param timeout a positive duration
	 * @return this builder
	 */
	public ConnectOptionsBuilder handshakeTimeout(Duration timeout) {
		this.handshakeTimeout = positive("handshakeTimeout", timeout);
		return this;
	}

	/**
	 * Sets how long a read waits for a message.
	 * @param timeout a positive duration, or {@code null} to wait forever
	 * @return this builder
	 */
	public ConnectOptionsBuilder readTimeout(@Nullable Duration timeout) {
		this.readTimeout = (timeout != null) ? positive("readTimeout", timeout) : null;
		return this;
	}

	/**
	 * Sets how long a write may take.
	 * @param timeout a positive duration, or {@code null} to wait forever
	 * @return this builder
	 */
	public ConnectOptionsBuilder writeTimeout(@Nullable Duration timeout) {
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
	public ConnectOptionsBuilder maxFrameSize(int maxFrameSize) {
		if (maxFrameSize < ConnectOptions.MIN_FRAME_SIZE) {
			throw new IllegalArgumentException(
					"maxFrameSize must be >= " + ConnectOptions.MIN_FRAME_SIZE + " but was " + maxFrameSize);
		}
		this.maxFrameSize = maxFrameSize;
		return this;
	}

	/**
	 * Sets the largest message received.
	 * @param maxMessageSize at least 1 byte
	 * @return this builder
	 */
	public ConnectOptionsBuilder maxMessageSize(long maxMessageSize) {
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
	public ConnectOptionsBuilder inboundQueueCapacity(int capacity) {
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
	public ConnectOptionsBuilder compressionEnabled(boolean enabled) {
		this.compressionEnabled = enabled;
		return this;
	}

	/**
	 * Sets how to reconnect.
	 * @param retry the settings, or {@code null} for no retry
	 * @return this builder
	 */
	public ConnectOptionsBuilder retry(@Nullable RetryOptions retry) {
		this.retry = retry;
		return this;
	}

	/**
	 * Sets the TLS settings.
	 * @param tls the settings
	 * @return this builder
	 */
	public ConnectOptionsBuilder tls(TlsOptions tls) {
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

	private static Duration positive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive but was " + value);
		}
		return value;
	}

}
