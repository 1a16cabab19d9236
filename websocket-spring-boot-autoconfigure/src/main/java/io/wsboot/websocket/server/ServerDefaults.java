package io.wsboot.websocket.server;

import java.time.Duration;

/**
 * The {@code websocket.server.*} values an endpoint takes where its {@code @WebSocketService}
 * attribute is left at the default.
 *
 * @param connectionClosureTimeout how long a close waits for the peer's close frame
 */
public record ServerDefaults(Duration connectionClosureTimeout) {

}
