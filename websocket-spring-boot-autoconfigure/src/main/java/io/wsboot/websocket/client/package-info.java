/**
 * The {@link io.wsboot.websocket.WsClient} implementation, on Jetty 12's WebSocket client.
 */
@NullMarked
package io.wsboot.websocket.client;

import org.jspecify.annotations.NullMarked;
