package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.List;

/**
 * The resolved settings of one endpoint: the {@code @WebSocketService} attributes, with the
 * {@code websocket.server.*} properties where an attribute was left at its default.
 *
 * @param path the path pattern
 * @param subProtocols the accepted sub-protocols, in order of preference
 * @param connectionClosureTimeout how long a close waits for the peer's close frame
 */
public record EndpointSettings(String path, List<String> subProtocols, Duration connectionClosureTimeout) {

	public EndpointSettings {
		subProtocols = List.copyOf(subProtocols);
	}

}
