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
 * @param maxConnections how many connections an endpoint holds at once; zero for no limit
 */
public record ServerDefaults(Duration idleTimeout, int maxFrameSize, long maxMessageSize,
		Duration connectionClosureTimeout, Duration sendTimeLimit, int maxConnections) {

	/**
	 * Defaults without a connection limit.
	 */
	public ServerDefaults(Duration idleTimeout, int maxFrameSize, long maxMessageSize,
			Duration connectionClosureTimeout, Duration sendTimeLimit) {
		this(idleTimeout, maxFrameSize, maxMessageSize, connectionClosureTimeout, sendTimeLimit, 0);
	}

}
