/**
 * The servlet transport: Spring's WebSocket support on Tomcat or Jetty, adapted to the dispatch
 * core.
 */
@NullMarked
package io.wsboot.websocket.server.servlet;

import org.jspecify.annotations.NullMarked;
