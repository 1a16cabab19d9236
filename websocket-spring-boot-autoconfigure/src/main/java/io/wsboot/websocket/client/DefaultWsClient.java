package io.wsboot.websocket.client;

import java.util.List;

import java.net.URI;
import java.util.UUID;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectOptionsBuilder;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.binding.PayloadBinder;

/**
 * The {@link WsClient} on Jetty 12's WebSocket client. Variants made by {@link #with} share the
 * Jetty clients, the binding, the OAuth2 tokens and the open connections of this one; {@link #close()} closes those
 * connections with 1001 and stops the clients (the auto-configured bean is closed with the
 * application context).
 */
public final class DefaultWsClient implements WsClient, AutoCloseable {

	private static final OAuth2Tokens NO_TOKENS = OAuth2Tokens
		.unavailable("this WsClient was created without OAuth2Tokens");

	private final ConnectOptions defaults;

	private final Binding binding;

	private final JettyClients jetty;

	private final Reconnector.Pause pause;

	private final OpenClientConnections open;

	private final OAuth2Tokens tokens;

	private final ClientMetrics metrics;

	/**
	 * Create a client without OAuth2 support: {@link ConnectOptionsBuilder#oauth2(String)} fails.
	 * @param defaults the options of {@link #connect(String)}
	 * @param binder the binder of {@code readMessage(Class)} and {@code writeMessage(Object)}
	 */
	public DefaultWsClient(ConnectOptions defaults, PayloadBinder binder) {
		this(defaults, binder, NO_TOKENS);
	}

	/**
	 * Create a client.
	 * @param defaults the options of {@link #connect(String)}
	 * @param binder the binder of {@code readMessage(Class)} and {@code writeMessage(Object)}
	 * @param tokens the access tokens of {@link ConnectOptionsBuilder#oauth2(String)}
	 */
	public DefaultWsClient(ConnectOptions defaults, PayloadBinder binder, OAuth2Tokens tokens) {
		this(defaults, binder, tokens, List.of());
	}

	/**
	 * Create a client whose Jetty clients are customized.
	 * @param defaults the options of {@link #connect(String)}
	 * @param binder the binder of {@code readMessage(Class)} and {@code writeMessage(Object)}
	 * @param tokens the access tokens of {@link ConnectOptionsBuilder#oauth2(String)}
	 * @param customizers applied in this order to each Jetty client before it starts
	 */
	public DefaultWsClient(ConnectOptions defaults, PayloadBinder binder, OAuth2Tokens tokens,
			List<WsClientCustomizer> customizers) {
		this(defaults, binder, tokens, customizers, ClientMetrics.NONE);
	}

	/**
	 * Create a client whose Jetty clients are customized and whose connections are counted.
	 * @param defaults the options of {@link #connect(String)}
	 * @param binder the binder of {@code readMessage(Class)} and {@code writeMessage(Object)}
	 * @param tokens the access tokens of {@link ConnectOptionsBuilder#oauth2(String)}
	 * @param customizers applied in this order to each Jetty client before it starts
	 * @param metrics told of the connections' messages and reconnections
	 */
	public DefaultWsClient(ConnectOptions defaults, PayloadBinder binder, OAuth2Tokens tokens,
			List<WsClientCustomizer> customizers, ClientMetrics metrics) {
		this(defaults, new Binding(binder), new JettyClients(customizers), Reconnector.Pause.SLEEP,
				new OpenClientConnections(), tokens, metrics);
		metrics.connections(this::openConnections);
	}

	DefaultWsClient(ConnectOptions defaults, Binding binding, JettyClients jetty, Reconnector.Pause pause) {
		this(defaults, binding, jetty, pause, new OpenClientConnections(), NO_TOKENS, ClientMetrics.NONE);
	}

	private DefaultWsClient(ConnectOptions defaults, Binding binding, JettyClients jetty, Reconnector.Pause pause,
			OpenClientConnections open, OAuth2Tokens tokens, ClientMetrics metrics) {
		this.defaults = defaults;
		this.binding = binding;
		this.jetty = jetty;
		this.pause = pause;
		this.open = open;
		this.tokens = tokens;
		this.metrics = metrics;
	}

	@Override
	public WsConnection connect(String url) {
		return connect(url, this.defaults);
	}

	@Override
	public WsConnection connect(String url, ConnectOptions options) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (java.net.URISyntaxException ex) {
			throw new WebSocketException("Malformed URL: " + url + ": " + ex.getMessage(), ex);
		}
		return connect(uri, options);
	}

	@Override
	public WsConnection connect(URI uri, ConnectOptions options) {
		String scheme = uri.getScheme();
		if (scheme == null || uri.getHost() == null
				|| !(scheme.equalsIgnoreCase("ws") || scheme.equalsIgnoreCase("wss"))) {
			throw new WebSocketException("Malformed URL: " + uri + "; expected ws://host[:port]/path or wss://…");
		}
		Handshake handshake = new Handshake(this.jetty.forTls(options.tls()), uri, options,
				HandshakeAuth.of(options, this.tokens));
		ClientConnection connection = new ClientConnection(UUID.randomUUID().toString(), uri, options, this.binding,
				handshake::open, this.pause, this.metrics);
		connection.start();
		this.open.add(connection);
		return connection;
	}

	@Override
	public ConnectOptions defaults() {
		return this.defaults;
	}

	@Override
	public WsClient with(ConnectOptions options) {
		return new DefaultWsClient(options, this.binding, this.jetty, this.pause, this.open, this.tokens, this.metrics);
	}

	/**
	 * How many connections this client and its variants opened are open now.
	 * @return the open connections
	 */
	public int openConnections() {
		return this.open.openCount();
	}

	/**
	 * Closes every connection this client and its variants opened with 1001
	 * {@code "Client shutting down"}, waiting up to 5 seconds for the servers' answers, then stops
	 * the Jetty clients.
	 */
	@Override
	public void close() {
		this.open.closeAll();
		this.jetty.close();
	}

}
