package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The resolved settings of one endpoint: the {@code @WebSocketService} attributes, with the
 * {@code websocket.server.*} properties where an attribute was left at its default.
 *
 * @param path the path pattern
 * @param subProtocols the accepted sub-protocols
 * @param idleTimeout idle time before {@code onIdleTimeout}; zero for none
 * @param maxFrameSize the largest frame payload, in bytes, accepted or sent
 * @param maxMessageSize the largest whole message, in bytes, accepted
 * @param connectionClosureTimeout how long a close waits for the peer's close frame
 * @param dispatcherKey the JSON field that selects a custom method, or {@code null}
 * @param validation whether bound payloads are validated
 * @param sendTimeLimit how long one write may block before the connection is dropped
 * @param nonBlocking whether the services never block, so may run on an event loop
 * @param sendBuffer the limit and overflow policy of each connection's send buffer
 * @param pingInterval how long a peer may send nothing before it is pinged; zero for never
 * @param maxConnections how many connections the endpoint holds at once; zero for no limit
 */
public record EndpointSettings(String path, List<String> subProtocols, Duration idleTimeout, int maxFrameSize,
		long maxMessageSize, Duration connectionClosureTimeout, @Nullable String dispatcherKey, boolean validation,
		Duration sendTimeLimit, boolean nonBlocking, SendBufferSettings sendBuffer, Duration pingInterval,
		int maxConnections) {

	public EndpointSettings {
		subProtocols = List.copyOf(subProtocols);
	}

}
