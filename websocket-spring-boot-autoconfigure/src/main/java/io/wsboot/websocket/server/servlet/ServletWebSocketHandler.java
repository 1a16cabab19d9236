package io.wsboot.websocket.server.servlet;

import io.wsboot.websocket.server.ServiceDispatcher;
import io.wsboot.websocket.server.UpgradeDecision;
import io.wsboot.websocket.server.WebSocketEndpoint;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Passes the events of Spring's WebSocket sessions of one endpoint to their
 * {@link ServiceDispatcher}s.
 */
final class ServletWebSocketHandler implements WebSocketHandler {

	static final String DECISION_ATTRIBUTE = ServletWebSocketHandler.class.getName() + ".decision";

	static final String SECURE_ATTRIBUTE = ServletWebSocketHandler.class.getName() + ".secure";

	private static final String HANDLER_ATTRIBUTE = ServletWebSocketHandler.class.getName() + ".handler";

	private static final Log logger = LogFactory.getLog(ServletWebSocketHandler.class);

	private final WebSocketEndpoint endpoint;

	ServletWebSocketHandler(WebSocketEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		UpgradeDecision.Accepted accepted = (UpgradeDecision.Accepted) session.getAttributes()
			.remove(DECISION_ATTRIBUTE);
		boolean secure = Boolean.TRUE.equals(session.getAttributes().remove(SECURE_ATTRIBUTE));
		ServiceDispatcher handler = this.endpoint.connect(accepted,
				new ServletTransport(session, secure, this.endpoint.settings().sendTimeLimit()));
		session.getAttributes().put(HANDLER_ATTRIBUTE, handler);
		handler.onOpen();
	}

	@Override
	public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) {
		ServiceDispatcher handler = handler(session);
		if (message instanceof TextMessage text) {
			handler.onTextPart(text.getPayload(), text.isLast());
		}
		else if (message instanceof BinaryMessage binary) {
			handler.onBinaryPart(binary.getPayload(), binary.isLast());
		}
		else if (message instanceof PongMessage pong) {
			handler.onPong(pong.getPayload());
		}
		else if (message instanceof PingMessage ping) {
			handler.onPing(ping.getPayload());
		}
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		ServiceDispatcher handler = (ServiceDispatcher) session.getAttributes().get(HANDLER_ATTRIBUTE);
		if (handler != null) {
			handler.onTransportError(exception);
		}
		else {
			logger.debug("Transport error before session " + session.getId() + " opened", exception);
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
		ServiceDispatcher handler = (ServiceDispatcher) session.getAttributes().get(HANDLER_ATTRIBUTE);
		if (handler != null) {
			String reason = closeStatus.getReason();
			handler.onClosed(closeStatus.getCode(), (reason != null) ? reason : "");
		}
	}

	@Override
	public boolean supportsPartialMessages() {
		return true;
	}

	private static ServiceDispatcher handler(WebSocketSession session) {
		return (ServiceDispatcher) session.getAttributes().get(HANDLER_ATTRIBUTE);
	}

}
