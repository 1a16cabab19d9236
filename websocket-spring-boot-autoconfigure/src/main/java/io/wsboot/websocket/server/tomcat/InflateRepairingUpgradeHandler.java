package io.wsboot.websocket.server.tomcat;

import java.util.List;
import java.util.Map;

import jakarta.websocket.Extension;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.tomcat.websocket.Transformation;
import org.apache.tomcat.websocket.server.WsHandshakeRequest;
import org.apache.tomcat.websocket.server.WsHttpUpgradeHandler;
import org.apache.tomcat.websocket.server.WsServerContainer;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's WebSocket upgrade handler with a {@link PerMessageInflater} in front of the
 * permessage-deflate transformation Tomcat negotiated. Tomcat creates it by its class name, so it
 * is public and has a public no-argument constructor.
 */
public class InflateRepairingUpgradeHandler extends WsHttpUpgradeHandler {

	@Override
	public void preInit(ServerEndpointConfig serverEndpointConfig, WsServerContainer container,
			WsHandshakeRequest handshakeRequest, List<Extension> negotiatedExtensions, String subProtocol,
			@Nullable Transformation transformation, Map<String, String> pathParameters, boolean secure) {
		super.preInit(serverEndpointConfig, container, handshakeRequest, negotiatedExtensions, subProtocol,
				(transformation != null) ? PerMessageInflater.around(transformation, negotiatedExtensions) : null, pathParameters, secure);
	}

}
