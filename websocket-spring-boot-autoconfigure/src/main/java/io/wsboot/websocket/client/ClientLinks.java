package io.wsboot.websocket.client;

import java.net.URI;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.RetryOptions;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.protocol.CloseErrors;

/**
 * Opens the links of one client connection and follows their events, on Jetty's threads: received
 * messages go to the {@link InboundQueue}, pings and pongs to {@link PingPongCalls}, and the end of
 * a link closes the connection or, with retry, starts a reconnection, as {@link ClientState} says.
 */
final class ClientLinks implements LinkEvents {

	private final URI uri;

	private final ConnectOptions options;

	private final ClientConnection.LinkOpener opener;

	private final Reconnector.Pause pause;

	private final InboundQueue inbound;

	private final ClientMetrics metrics;

	private final ClientState state;

	private final PingPongCalls pingPong;

	private final String reconnectThreadName;

	ClientLinks(URI uri, ConnectOptions options, ClientConnection.LinkOpener opener, Reconnector.Pause pause,
			InboundQueue inbound, ClientState state, PingPongCalls pingPong, String reconnectThreadName,
			ClientMetrics metrics) {
		this.uri = uri;
		this.options = options;
		this.opener = opener;
		this.pause = pause;
		this.inbound = inbound;
		this.metrics = metrics;
		this.state = state;
		this.pingPong = pingPong;
		this.reconnectThreadName = reconnectThreadName;
	}

	/**
	 * Opens the first link, retrying when configured.
	 * @throws WebSocketException when no link could be opened
	 */
	void start() {
		try {
			JettyLink first;
			try {
				first = this.opener.open(this);
			}
			catch (WebSocketException ex) {
				RetryOptions retry = this.options.retry();
				if (retry == null || !Reconnector.isRetryable(ex)) {
					throw ex;
				}
				first = new Reconnector(retry, this.pause).retry(this.uri.toString(), () -> this.opener.open(this), ex);
			}
			established(first, ClientState.Phase.CONNECTING);
		}
		catch (WebSocketException ex) {
			this.state.ended();
			throw ex;
		}
	}

	@Override
	public void opened(JettyLink opened) {
		this.state.opened(opened);
		if (this.inbound.mayRead()) {
			opened.demand();
		}
	}

	@Override
	public void received(JettyLink from, Object message) {
		this.metrics.received();
		if (this.inbound.offer(message)) {
			from.demand();
		}
	}

	@Override
	public void pinged(JettyLink from, byte[] data) {
		this.pingPong.pinged(from, data);
		from.demand();
	}

	@Override
	public void ponged(JettyLink from, byte[] data) {
		this.pingPong.ponged(data);
		from.demand();
	}

	@Override
	public void failed(JettyLink from, WebSocketException failure) {
		if (!(failure instanceof ConnectionException)) {
			// A frame too large or malformed: readers learn it now, not after the close handshake.
			this.inbound.end(failure);
		}
	}

	@Override
	public void closed(JettyLink from, int statusCode, String reason) {
		if (this.state.isCurrent(from)) {
			ended(from, statusCode, reason);
		}
	}

	private void ended(JettyLink from, int statusCode, String reason) {
		WebSocketException failureOfLink = from.failure();
		RetryOptions retry = this.options.retry();
		Runnable reconnect = null;
		if (retry != null) {
			ConnectionException cause = (failureOfLink instanceof ConnectionException io) ? io
					: new ConnectionException("IO Error: connection closed abnormally (1006): " + reason);
			reconnect = () -> reconnect(retry, cause);
		}
		if (this.state.linkEnded(statusCode, reconnect, this.reconnectThreadName) != ClientState.Ending.CLOSED) {
			return;
		}
		boolean specific = failureOfLink != null && !(failureOfLink instanceof ConnectionException);
		this.inbound.end(specific ? failureOfLink : CloseErrors.closedByPeer(statusCode, reason));
	}

	private void reconnect(RetryOptions retry, ConnectionException cause) {
		try {
			JettyLink next = new Reconnector(retry, this.pause).retry(this.uri.toString(), () -> this.opener.open(this),
					cause);
			if (established(next, ClientState.Phase.RECONNECTING)) {
				this.metrics.reconnected();
			}
		}
		catch (WebSocketException ex) {
			ConnectionException exhausted = (ex instanceof ConnectionException io) ? io
					: new ConnectionException(ex.getMessage(), ex);
			if (this.state.reconnectFailed(exhausted)) {
				this.inbound.end(exhausted);
			}
		}
		finally {
			this.state.reconnectEnded();
		}
	}

	/**
	 * A handshake succeeded: open, unless closed meanwhile; then handle a close that came early.
	 * @return whether the link became the connection's
	 */
	private boolean established(JettyLink opened, ClientState.Phase expected) {
		if (!this.state.establish(opened, expected)) {
			opened.disconnect();
			return false;
		}
		JettyLink.CloseStatus early = opened.closeStatus();
		if (early != null) {
			ended(opened, early.code(), early.reason());
		}
		return true;
	}

}
