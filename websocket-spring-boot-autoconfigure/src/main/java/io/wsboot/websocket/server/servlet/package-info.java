/**
 * The servlet side shared by the Tomcat and Jetty adapters: each endpoint's path mapped to Spring's
 * upgrade handling, with the origin check and the {@code UpgradeService}'s decision first, and
 * Spring's {@code WebSocketSession} as the dispatch core's transport where the container's own API
 * is not used (Tomcat).
 */
@NullMarked
package io.wsboot.websocket.server.servlet;

import org.jspecify.annotations.NullMarked;
