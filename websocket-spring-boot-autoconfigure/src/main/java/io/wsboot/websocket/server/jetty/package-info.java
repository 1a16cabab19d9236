/**
 * The Jetty 12 transport: Jetty's own WebSocket API, which hands pings and frame-sized parts to the
 * application, adapted to the dispatch core.
 */
@NullMarked
package io.wsboot.websocket.server.jetty;

import org.jspecify.annotations.NullMarked;
