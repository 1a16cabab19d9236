package io.wsboot.websocket.server.jetty;

import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.server.ConnectionIds;
import io.wsboot.websocket.server.UpgradeDecision;
import io.wsboot.websocket.server.WebSocketEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee11.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee11.websocket.server.JettyServerUpgradeResponse;
import org.eclipse.jetty.ee11.websocket.server.JettyWebSocketCreator;
import org.eclipse.jetty.ee11.websocket.server.JettyWebSocketServerContainer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.RequestUpgradeStrategy;

/**
 * Upgrades to Jetty's own WebSocket API with a {@link JettyConnectionListener}, the way Spring's
 * {@code JettyRequestUpgradeStrategy} does with its adapter, which passes neither pings nor message
 * parts on.
 */
public final class JettyUpgradeStrategy implements RequestUpgradeStrategy {

	private static final String PERMESSAGE_DEFLATE = "permessage-deflate";

	private final WebSocketEndpoint endpoint;

	/** Key of the accepted handshake in the session attributes, put there by the upgrade interceptor. */
	private final String decisionAttribute;

	private final String secureAttribute;

	/**
	 * Create a strategy for one endpoint.
	 * @param endpoint the endpoint
	 * @param decisionAttribute the attribute holding the {@link UpgradeDecision.Accepted}
	 * @param secureAttribute the attribute holding whether the request came over TLS
	 */
	public JettyUpgradeStrategy(WebSocketEndpoint endpoint, String decisionAttribute, String secureAttribute) {
		this.endpoint = endpoint;
		this.decisionAttribute = decisionAttribute;
		this.secureAttribute = secureAttribute;
	}

	@Override
	public String[] getSupportedVersions() {
		return new String[] { "13" };
	}

	@Override
	public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
		return Collections.emptyList();
	}

	@Override
	public void upgrade(ServerHttpRequest request, ServerHttpResponse response, @Nullable String selectedProtocol,
			List<WebSocketExtension> selectedExtensions, @Nullable Principal user, WebSocketHandler handler,
			Map<String, Object> attributes) throws HandshakeFailureException {
		HttpServletRequest servletRequest = ((ServletServerHttpRequest) request).getServletRequest();
		HttpServletResponse servletResponse = ((ServletServerHttpResponse) response).getServletResponse();
		UpgradeDecision.Accepted accepted = (UpgradeDecision.Accepted) attributes.get(this.decisionAttribute);
		boolean secure = Boolean.TRUE.equals(attributes.get(this.secureAttribute));
		String id = ConnectionIds.next();
		JettyWebSocketCreator creator = (upgradeRequest, upgradeResponse) -> {
			if (selectedProtocol != null) {
				upgradeResponse.setAcceptedSubProtocol(selectedProtocol);
			}
			declineDeflateWithServerWindowBits(upgradeRequest, upgradeResponse);
			return new JettyConnectionListener(this.endpoint, accepted, id, secure);
		};
		JettyWebSocketServerContainer container = JettyWebSocketServerContainer
			.getContainer(servletRequest.getServletContext());
		try {
			container.upgrade(creator, servletRequest, servletResponse);
		}
		catch (Exception ex) {
			throw new HandshakeFailureException("Failed to upgrade", ex);
		}
	}

	/**
	 * Jetty agrees to a permessage-deflate offer with {@code server_max_window_bits} without
	 * answering the parameter, and compresses with its full window, which a client asking for a
	 * smaller one may not inflate: RFC 7692 §7.1.2.1 has such an offer answered or declined.
	 */
	private static void declineDeflateWithServerWindowBits(JettyServerUpgradeRequest request,
			JettyServerUpgradeResponse response) {
		boolean limitsServerWindow = request.getExtensions()
			.stream()
			.filter((offer) -> PERMESSAGE_DEFLATE.equals(offer.getName()))
			.findFirst()
			.map((offer) -> offer.getParameterKeys().contains("server_max_window_bits"))
			.orElse(false);
		if (limitsServerWindow) {
			response.setExtensions(response.getExtensions()
				.stream()
				.filter((agreed) -> !PERMESSAGE_DEFLATE.equals(agreed.getName()))
				.toList());
		}
	}

}
