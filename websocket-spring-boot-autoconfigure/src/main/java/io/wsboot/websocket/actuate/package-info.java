/**
 * The {@code websockets} actuator endpoint: the application's WebSocket endpoints, their settings and
 * their open connections.
 */
@NullMarked
package io.wsboot.websocket.actuate;

import org.jspecify.annotations.NullMarked;
