package io.wsboot.websocket;

import java.net.URI;

/**
 * A blocking WebSocket client: {@code connect(url)}, then {@code writeMessage}/{@code readMessage}
 * on the {@link WsConnection}. The auto-configured bean takes its defaults from
 * {@code websocket.client.*}; {@link #options()} starts from those defaults for per-connection
 * variants:
 *
 * <pre class="code">
 * WsConnection connection = client.connect("wss://example.com/ws",
 *         client.options().bearerToken(token).subProtocols("chat").build());
 * WsClient chat = client.with(client.options().pingPongService(heartbeat).build());
 * </pre>
 *
 * <p>Thread safe; connections are independent of each other.
 */
public interface WsClient {

	/**
	 * Opens a connection with this client's options; blocks until the handshake completes.
	 * @param url a {@code ws://} or {@code wss://} URL
	 * @return the open connection
	 * @throws WebSocketException {@code "Malformed URL: …"} for a URL that is not ws or wss
	 * @throws InvalidHandshakeException when the server answers other than 101 (the status is in
	 * {@link InvalidHandshakeException#statusCode()}) or agrees none of the requested sub-protocols
	 * @throws HandshakeTimeoutException when the handshake does not complete in time
	 * @throws SslException when TLS fails, saying why
	 * @throws ConnectionException when the server cannot be reached (after the retries, if any)
	 */
	WsConnection connect(String url);

	/**
	 * Opens a connection with the given options.
	 * @param url a {@code ws://} or {@code wss://} URL
	 * @param options the options, usually built from {@link #options()}
	 * @return the open connection
	 * @see #connect(String)
	 */
	WsConnection connect(String url, ConnectOptions options);

	/**
	 * Opens a connection with the given options.
	 * @param uri a {@code ws://} or {@code wss://} URI
	 * @param options the options, usually built from {@link #options()}
	 * @return the open connection
	 * @see #connect(String)
	 */
	WsConnection connect(URI uri, ConnectOptions options);

	/**
	 * This client's options: those of {@code websocket.client.*} for the auto-configured bean.
	 * @return the options
	 */
	ConnectOptions defaults();

	/**
	 * A builder that starts from this client's options.
	 * @return a new builder
	 */
	default ConnectOptionsBuilder options() {
		return defaults().toBuilder();
	}

	/**
	 * A client that shares this one's resources and connects with other options.
	 * @param options the options of the new client
	 * @return the client
	 */
	WsClient with(ConnectOptions options);

}
