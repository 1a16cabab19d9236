package io.wsboot.websocket.server;

import java.time.Duration;

/**
 * The {@code websocket.server.*} values an endpoint takes where its {@code @WebSocketService}
 * attribute is left at the default.
 *
 * @param idleTimeout idle time before {@code onIdleTimeout}; zero for none
 * @param maxFrameSize the largest frame payload in bytes
 * @param maxMessageSize the largest whole message in bytes
 * @param connectionClosureTimeout how long a close waits for the peer's close frame
 * @param sendTimeLimit how long one write may block before the connection is dropped
 * @param sendBuffer the limit and overflow policy of each connection's send buffer
 * @param pingInterval how long a peer may send nothing before it is pinged; zero for never
 * @param maxConnections how many connections an endpoint holds at once; zero for no limit
 */
public record ServerDefaults(Duration idleTimeout, int maxFrameSize, long maxMessageSize,
		Duration connectionClosureTimeout, Duration sendTimeLimit, SendBufferSettings sendBuffer, Duration pingInterval,
		int maxConnections) {

}
