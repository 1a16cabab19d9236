package io.wsboot.websocket.server.servlet;

import io.wsboot.websocket.server.TransportCapabilities;
import io.wsboot.websocket.server.WebSocketEndpoint;

import org.springframework.web.socket.server.RequestUpgradeStrategy;

/**
 * How the servlet container at hand upgrades a request, and what its WebSocket API delivers.
 *
 * @param capabilities what reaches the application
 * @param upgradeStrategies the upgrade strategy of each endpoint
 */
public record ServletTransportSupport(TransportCapabilities capabilities, UpgradeStrategies upgradeStrategies) {

	/** Creates the upgrade strategy of an endpoint. */
	@FunctionalInterface
	public interface UpgradeStrategies {

		/**
		 * The upgrade strategy of an endpoint.
		 * @param endpoint the endpoint
		 * @param decisionAttribute the session attribute holding the accepted handshake
		 * @param secureAttribute the session attribute holding whether the request came over TLS
		 * @return the strategy
		 */
		RequestUpgradeStrategy create(WebSocketEndpoint endpoint, String decisionAttribute, String secureAttribute);

	}

}
