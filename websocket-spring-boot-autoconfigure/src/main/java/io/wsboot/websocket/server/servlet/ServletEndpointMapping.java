package io.wsboot.websocket.server.servlet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.server.EndpointSettings;
import io.wsboot.websocket.server.WebSocketEndpoint;

import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Maps each endpoint's path to Spring's WebSocket upgrade handling: origin check first, then the
 * endpoint's {@code UpgradeService}, then the handshake with its sub-protocols.
 */
public final class ServletEndpointMapping {

	private ServletEndpointMapping() {
	}

	/**
	 * Creates the handler mapping of a set of endpoints.
	 * @param endpoints the endpoints
	 * @param allowedOriginPatterns origins browsers may connect from; empty for the same origin only
	 * @param compressionEnabled whether permessage-deflate is agreed with clients that offer it
	 * @param upgradeStrategies the container's way to upgrade
	 * @return the mapping
	 */
	public static WebSocketHandlerMapping create(List<WebSocketEndpoint> endpoints,
			List<String> allowedOriginPatterns, boolean compressionEnabled,
			ServletTransportSupport.UpgradeStrategies upgradeStrategies) {
		Map<String, Object> urlMap = new LinkedHashMap<>();
		for (WebSocketEndpoint endpoint : endpoints) {
			EndpointSettings settings = endpoint.settings();
			EndpointHandshakeHandler handshakeHandler = new EndpointHandshakeHandler(upgradeStrategies.create(endpoint,
					ServletWebSocketHandler.DECISION_ATTRIBUTE, ServletWebSocketHandler.SECURE_ATTRIBUTE),
					settings.subProtocols());
			WebSocketHttpRequestHandler requestHandler = new EndpointRequestHandler(
					new ServletWebSocketHandler(endpoint), handshakeHandler, compressionEnabled);
			OriginHandshakeInterceptor originCheck = new OriginHandshakeInterceptor();
			originCheck.setAllowedOriginPatterns(allowedOriginPatterns);
			requestHandler.setHandshakeInterceptors(List.of(originCheck, new UpgradeInterceptor(endpoint)));
			urlMap.put(settings.path(), requestHandler);
		}
		WebSocketHandlerMapping mapping = new WebSocketHandlerMapping();
		mapping.setUrlMap(urlMap);
		mapping.setOrder(1);
		return mapping;
	}

}
