package io.wsboot.websocket;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How a {@link WsClient} opens a connection: handshake headers, authentication, sub-protocols,
 * timeouts, frame size, compression, {@link RetryOptions retry}, {@link TlsOptions TLS} and the
 * {@link PingPongService}. Immutable; build one with {@link WsClient#options()} or {@link #builder()},
 * both a {@link ConnectOptionsBuilder}.
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

	private final @Nullable RetryOptions retry;

	private final TlsOptions tls;

	ConnectOptions(ConnectOptionsBuilder builder) {
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
	public static ConnectOptionsBuilder builder() {
		return new ConnectOptionsBuilder();
	}

	/**
	 * A builder that starts from these options.
	 * @return a new builder
	 */
	public ConnectOptionsBuilder toBuilder() {
		return new ConnectOptionsBuilder(this);
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
	 * @see ConnectOptionsBuilder#oauth2(String)
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
	public @Nullable RetryOptions retry() {
		return this.retry;
	}

	/**
	 * TLS settings of {@code wss://} connections.
	 * @return the settings; never {@code null}
	 */
	public TlsOptions tls() {
		return this.tls;
	}

	private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		return Collections.unmodifiableMap(copy);
	}

}
