package io.wsboot.websocket.client;

import java.net.URI;
import java.util.UUID;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.binding.PayloadBinder;

/**
 * The {@link WsClient} on Jetty 12's WebSocket client. Variants made by {@link #with} share the
 * Jetty clients, the binding and the open connections of this one; {@link #close()} closes those
 * connections with 1001 and stops the clients (the auto-configured bean is closed with the
 * application context).
 */
public final class DefaultWsClient implements WsClient, AutoCloseable {

	private final ConnectOptions defaults;

	private final Binding binding;

	private final JettyClients jetty;

	private final Reconnector.Pause pause;

	private final OpenClientConnections open;

	/**
	 * Create a client.
	 * @param defaults the options of {@link #connect(String)}
	 * @param binder the binder of {@code readMessage(Class)} and {@code writeMessage(Object)}
	 */
	public DefaultWsClient(ConnectOptions defaults, PayloadBinder binder) {
		this(defaults, new Binding(binder), new JettyClients(), Reconnector.Pause.SLEEP);
	}

	DefaultWsClient(ConnectOptions defaults, Binding binding, JettyClients jetty, Reconnector.Pause pause) {
		this(defaults, binding, jetty, pause, new OpenClientConnections());
	}

	private DefaultWsClient(ConnectOptions defaults, Binding binding, JettyClients jetty, Reconnector.Pause pause,
			OpenClientConnections open) {
		this.defaults = defaults;
		this.binding = binding;
		this.jetty = jetty;
		this.pause = pause;
		this.open = open;
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
		Handshake handshake = new Handshake(this.jetty.forTls(options.tls()), uri, options);
		ClientConnection connection = new ClientConnection(UUID.randomUUID().toString(), uri, options, this.binding,
				handshake::open, this.pause);
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
		return new DefaultWsClient(options, this.binding, this.jetty, this.pause, this.open);
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
