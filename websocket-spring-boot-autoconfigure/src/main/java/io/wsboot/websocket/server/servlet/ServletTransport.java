package io.wsboot.websocket.server.servlet;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;

import io.wsboot.websocket.server.Transport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * A Spring {@link WebSocketSession} as the core's {@link Transport}.
 */
final class ServletTransport implements Transport {

	private static final Log logger = LogFactory.getLog(ServletTransport.class);

	/** Tomcat's user property for how long a closing session waits for the peer's close frame. */
	private static final String TOMCAT_SESSION_CLOSE_TIMEOUT = "org.apache.tomcat.websocket.SESSION_CLOSE_TIMEOUT";

	/** Tomcat's user property for how long a blocking send may take; it then throws SocketTimeoutException. */
	private static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

	private final WebSocketSession session;

	private final boolean secure;

	ServletTransport(WebSocketSession session, boolean secure, Duration sendTimeLimit) {
		this.session = session;
		this.secure = secure;
		userProperty(TOMCAT_BLOCKING_SEND_TIMEOUT, sendTimeLimit.toMillis());
	}

	@Override
	public String id() {
		return this.session.getId();
	}

	@Override
	public boolean isSecure() {
		return this.secure;
	}

	@Override
	public @Nullable InetSocketAddress remoteAddress() {
		return this.session.getRemoteAddress();
	}

	@Override
	public @Nullable String negotiatedSubProtocol() {
		String protocol = this.session.getAcceptedProtocol();
		return (protocol == null || protocol.isEmpty()) ? null : protocol;
	}

	@Override
	public void sendText(String text) throws IOException {
		this.session.sendMessage(new TextMessage(text));
	}

	@Override
	public void sendBinary(ByteBuffer data) throws IOException {
		this.session.sendMessage(new BinaryMessage(data));
	}

	@Override
	public void sendTextPart(String part, boolean first, boolean last) throws IOException {
		this.session.sendMessage(new TextMessage(part, last));
	}

	@Override
	public void sendBinaryPart(ByteBuffer part, boolean first, boolean last) throws IOException {
		this.session.sendMessage(new BinaryMessage(part, last));
	}

	@Override
	public void sendPing(ByteBuffer data) throws IOException {
		this.session.sendMessage(new PingMessage(data));
	}

	@Override
	public void sendPong(ByteBuffer data) throws IOException {
		this.session.sendMessage(new PongMessage(data));
	}

	@Override
	public void sendClose(int statusCode, String reason, Duration timeout) throws IOException {
		userProperty(TOMCAT_SESSION_CLOSE_TIMEOUT, timeout.toMillis());
		this.session.close(new CloseStatus(statusCode, reason));
	}

	private void userProperty(String name, long value) {
		if (this.session instanceof NativeWebSocketSession nativeSession
				&& nativeSession.getNativeSession() instanceof jakarta.websocket.Session standardSession) {
			standardSession.getUserProperties().put(name, value);
		}
	}

	@Override
	public void abort() {
		try {
			this.session.close(CloseStatus.SESSION_NOT_RELIABLE);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Failed to drop WebSocket session " + this.session.getId(), ex);
		}
	}

}
