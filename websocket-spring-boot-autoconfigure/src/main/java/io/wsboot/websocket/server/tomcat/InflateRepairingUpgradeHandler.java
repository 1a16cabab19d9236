package io.wsboot.websocket.server.tomcat;

import java.util.List;
import java.util.Map;

import jakarta.websocket.Extension;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.tomcat.websocket.Constants;
import org.apache.tomcat.websocket.Transformation;
import org.apache.tomcat.websocket.server.WsHandshakeRequest;
import org.apache.tomcat.websocket.server.WsHttpUpgradeHandler;
import org.apache.tomcat.websocket.server.WsServerContainer;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's WebSocket upgrade handler with a {@link PerMessageInflater} in front of the
 * permessage-deflate transformation Tomcat negotiated, and a longer time for the close frame Tomcat
 * sends when a peer breaks the protocol ({@value #CLOSE_SEND_TIMEOUT_MILLIS} ms instead of Tomcat's
 * 50 ms, after which Tomcat closes the socket without the frame: on a busy machine the peer then
 * got no close code). Tomcat creates it by its class name, so it is public and has a public
 * no-argument constructor.
 */
public class InflateRepairingUpgradeHandler extends WsHttpUpgradeHandler {

	/** How long Tomcat may take to send the close frame of a protocol violation. */
	static final long CLOSE_SEND_TIMEOUT_MILLIS = 1000;

	@Override
	public void preInit(ServerEndpointConfig serverEndpointConfig, WsServerContainer container,
			WsHandshakeRequest handshakeRequest, List<Extension> negotiatedExtensions, String subProtocol,
			@Nullable Transformation transformation, Map<String, String> pathParameters, boolean secure) {
		serverEndpointConfig.getUserProperties()
			.put(Constants.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT_PROPERTY, CLOSE_SEND_TIMEOUT_MILLIS);
		super.preInit(serverEndpointConfig, container, handshakeRequest, negotiatedExtensions, subProtocol,
				(transformation != null) ? PerMessageInflater.around(transformation, negotiatedExtensions) : null,
				pathParameters, secure);
	}

}
