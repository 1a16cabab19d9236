package io.wsboot.websocket.server.tomcat;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;

/**
 * Spring's standard upgrade on Tomcat, made with a request that has Tomcat install
 * {@link InflateRepairingUpgradeHandler} instead of its own handler: Tomcat still negotiates
 * permessage-deflate and compresses what is sent, wsboot inflates what arrives.
 */
public final class TomcatUpgradeStrategy implements RequestUpgradeStrategy {

	private final StandardWebSocketUpgradeStrategy standard = new StandardWebSocketUpgradeStrategy();

	@Override
	public String[] getSupportedVersions() {
		return this.standard.getSupportedVersions();
	}

	@Override
	public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
		return this.standard.getSupportedExtensions(request);
	}

	@Override
	public void upgrade(ServerHttpRequest request, ServerHttpResponse response, @Nullable String selectedProtocol,
			List<WebSocketExtension> selectedExtensions, @Nullable Principal user, WebSocketHandler handler,
			Map<String, Object> attributes) throws HandshakeFailureException {
		ServletServerHttpRequest repairing = new ServletServerHttpRequest(
				new InflateRepairingRequest(((ServletServerHttpRequest) request).getServletRequest()));
		this.standard.upgrade(repairing, response, selectedProtocol, selectedExtensions, user, handler, attributes);
	}

}
