package io.wsboot.websocket.client;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.wsboot.websocket.ClientAuth;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.HandshakeTimeoutException;
import io.wsboot.websocket.WebSocketException;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.jspecify.annotations.Nullable;

/**
 * The opening handshake of one link: the upgrade request from the options with an
 * {@code Authorization} header asked for anew each time, the handshake timeout, the check of the
 * agreed sub-protocol and the mapping of failures.
 */
final class Handshake {

	private static final String PERMESSAGE_DEFLATE = "permessage-deflate";

	private static final String AUTHORIZATION = "Authorization";

	private final WebSocketClient jetty;

	private final URI uri;

	private final ConnectOptions options;

	private final @Nullable ClientAuth auth;

	Handshake(WebSocketClient jetty, URI uri, ConnectOptions options, @Nullable ClientAuth auth) {
		this.jetty = jetty;
		this.uri = uri;
		this.options = options;
		this.auth = auth;
	}

	/**
	 * Opens a link; blocks until the handshake completes or times out.
	 * @param events where the link's events go
	 * @return the open link
	 * @throws io.wsboot.websocket.AuthException when the {@code Authorization} header cannot be had
	 * @throws WebSocketException as {@link JettyFailures#duringHandshake} maps the failure
	 */
	JettyLink open(LinkEvents events) {
		ClientUpgradeRequest request = request();
		JettyLink link = new JettyLink(events, this.options);
		CompletableFuture<Session> connecting;
		try {
			connecting = this.jetty.connect(link, request);
		}
		catch (IOException ex) {
			throw new ConnectionException("IO Error: " + this.uri + ": " + ex.getMessage(), ex);
		}
		Session session = await(connecting);
		List<String> requested = this.options.subProtocols();
		String agreed = session.getUpgradeResponse().getAcceptedSubProtocol();
		if (!requested.isEmpty() && (agreed == null || !requested.contains(agreed))) {
			session.disconnect();
			throw JettyFailures.subProtocolMismatch(agreed, requested);
		}
		return link;
	}

	private ClientUpgradeRequest request() {
		ClientUpgradeRequest request = new ClientUpgradeRequest(this.uri);
		this.options.headers().forEach((name, values) -> {
			if (this.auth == null || !AUTHORIZATION.equalsIgnoreCase(name)) {
				request.setHeader(name, values);
			}
		});
		if (this.auth != null) {
			request.setHeader(AUTHORIZATION, HandshakeAuth.authorization(this.auth));
		}
		if (!this.options.subProtocols().isEmpty()) {
			request.setSubProtocols(this.options.subProtocols());
		}
		if (this.options.compressionEnabled()) {
			request.addExtensions(PERMESSAGE_DEFLATE);
		}
		return request;
	}

	private Session await(CompletableFuture<Session> connecting) {
		try {
			return connecting.get(this.options.handshakeTimeout().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			connecting.cancel(true);
			throw new HandshakeTimeoutException("Handshake timed out", ex);
		}
		catch (ExecutionException ex) {
			throw JettyFailures.duringHandshake(this.uri, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			connecting.cancel(true);
			throw new ConnectionException("Interrupted during the handshake with " + this.uri, ex);
		}
	}

}
