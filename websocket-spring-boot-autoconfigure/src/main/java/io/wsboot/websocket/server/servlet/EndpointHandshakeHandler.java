package io.wsboot.websocket.server.servlet;

import java.util.List;

import io.wsboot.websocket.server.SubProtocols;
import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * Spring's handshake handler with the endpoint's choice of sub-protocol ({@link SubProtocols}).
 */
final class EndpointHandshakeHandler extends DefaultHandshakeHandler {

	private final List<String> subProtocols;

	EndpointHandshakeHandler(RequestUpgradeStrategy upgradeStrategy, List<String> subProtocols) {
		super(upgradeStrategy);
		this.subProtocols = subProtocols;
	}

	@Override
	protected @Nullable String selectProtocol(List<String> requestedProtocols, WebSocketHandler webSocketHandler) {
		return SubProtocols.select(requestedProtocols, this.subProtocols);
	}

}
