package io.wsboot.websocket.server.servlet;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.wsboot.websocket.server.UpgradeDecision;
import io.wsboot.websocket.server.WebSocketEndpoint;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Asks the endpoint's {@code UpgradeService} about each upgrade request: a refusal is written as the
 * HTTP response, an acceptance travels to the WebSocket handler in the session attributes.
 */
final class UpgradeInterceptor implements HandshakeInterceptor {

	private final WebSocketEndpoint endpoint;

	UpgradeInterceptor(WebSocketEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
			WebSocketHandler wsHandler, Map<String, Object> attributes) throws Exception {
		if (!"websocket".equalsIgnoreCase(request.getHeaders().getUpgrade())
				|| !(request instanceof ServletServerHttpRequest servletRequest)) {
			return true;
		}
		ServletHandshakeRequest handshake = new ServletHandshakeRequest(servletRequest);
		UpgradeDecision decision = this.endpoint.upgrade(handshake);
		if (decision instanceof UpgradeDecision.Refused refused) {
			response.setStatusCode(HttpStatusCode.valueOf(refused.status()));
			response.getHeaders().setContentType(MediaType.TEXT_PLAIN);
			response.getBody().write(refused.body().getBytes(StandardCharsets.UTF_8));
			return false;
		}
		response.getHeaders().addAll(handshake.responseHeaders());
		servletRequest.getServletRequest().setAttribute(ServletWebSocketHandler.DECISION_ATTRIBUTE, decision);
		attributes.put(ServletWebSocketHandler.DECISION_ATTRIBUTE, decision);
		attributes.put(ServletWebSocketHandler.SECURE_ATTRIBUTE, servletRequest.getServletRequest().isSecure());
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler,
			@Nullable Exception exception) {
		if (request instanceof ServletServerHttpRequest servletRequest
				&& servletRequest.getServletRequest().getAttribute(ServletWebSocketHandler.DECISION_ATTRIBUTE)
						instanceof UpgradeDecision.Accepted accepted
				&& (exception != null || ((ServletServerHttpResponse) response).getServletResponse().getStatus() != 101)) {
			this.endpoint.abandon(accepted);
		}
	}

}
