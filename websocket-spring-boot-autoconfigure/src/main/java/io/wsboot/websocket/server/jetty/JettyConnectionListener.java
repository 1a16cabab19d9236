package io.wsboot.websocket.server.jetty;

import java.nio.ByteBuffer;
import java.time.Duration;

import io.wsboot.websocket.CorruptedFrameException;
import io.wsboot.websocket.PayloadTooLargeException;
import io.wsboot.websocket.server.ServiceDispatcher;
import io.wsboot.websocket.server.UpgradeDecision;
import io.wsboot.websocket.server.WebSocketEndpoint;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.exceptions.BadPayloadException;
import org.eclipse.jetty.websocket.api.exceptions.MessageTooLargeException;
import org.eclipse.jetty.websocket.api.exceptions.ProtocolException;
import org.jspecify.annotations.Nullable;

/**
 * Passes the events of one Jetty session to its {@link ServiceDispatcher}: message parts as they
 * come (joined and limited by the core), pings (answered by the core unless the service has
 * {@code onPing}), pongs and the end of the connection. Jetty calls it one event at a time and
 * reads the next frame when a method returns. Public because Jetty looks its methods up by
 * reflection.
 */
public final class JettyConnectionListener implements Session.Listener.AutoDemanding {

	private final WebSocketEndpoint endpoint;

	private final UpgradeDecision.Accepted accepted;

	private final String id;

	private final boolean secure;

	/** Null until the session opens. Written and read on Jetty's thread for this session. */
	private @Nullable ServiceDispatcher handler;

	JettyConnectionListener(WebSocketEndpoint endpoint, UpgradeDecision.Accepted accepted, String id, boolean secure) {
		this.endpoint = endpoint;
		this.accepted = accepted;
		this.id = id;
		this.secure = secure;
	}

	@Override
	public void onWebSocketOpen(Session session) {
		session.setIdleTimeout(Duration.ZERO);
		session.setMaxFrameSize(this.endpoint.settings().maxFrameSize());
		this.handler = this.endpoint.connect(this.accepted,
				new JettyTransport(session, this.id, this.secure, this.endpoint.settings().sendTimeLimit()));
		this.handler.onOpen();
	}

	@Override
	public void onWebSocketPartialText(String payload, boolean last) {
		handler().onTextPart(payload, last);
	}

	@Override
	public void onWebSocketPartialBinary(ByteBuffer payload, boolean last, Callback callback) {
		try {
			handler().onBinaryPart(payload, last);
		}
		finally {
			callback.succeed();
		}
	}

	@Override
	public void onWebSocketPing(ByteBuffer payload) {
		handler().onPing(payload);
	}

	@Override
	public void onWebSocketPong(ByteBuffer payload) {
		handler().onPong(payload);
	}

	/**
	 * Jetty has already closed over an oversized or malformed frame; anything else is a transport
	 * failure.
	 */
	@Override
	public void onWebSocketError(Throwable cause) {
		ServiceDispatcher handler = this.handler;
		if (handler == null) {
			return;
		}
		String message = String.valueOf(cause.getMessage());
		if (cause instanceof MessageTooLargeException) {
			handler.onProtocolError(new PayloadTooLargeException(message, cause));
		}
		else if (cause instanceof ProtocolException || cause instanceof BadPayloadException) {
			handler.onProtocolError(new CorruptedFrameException(message, cause));
		}
		else {
			handler.onTransportError(cause);
		}
	}

	@Override
	public void onWebSocketClose(int statusCode, String reason, Callback callback) {
		try {
			if (this.handler != null) {
				this.handler.onClosed(statusCode, (reason != null) ? reason : "");
			}
		}
		finally {
			callback.succeed();
		}
	}

	private ServiceDispatcher handler() {
		ServiceDispatcher handler = this.handler;
		if (handler == null) {
			throw new IllegalStateException("Session " + this.id + " is not open");
		}
		return handler;
	}

}
