package io.wsboot.websocket.server;

/**
 * What a transport hands to the application, for the start-up rules that depend on it.
 *
 * @param name the transport's name in error messages, such as {@code "Tomcat"}
 * @param deliversPings whether ping frames reach the application, so that {@code onPing} can work
 */
public record TransportCapabilities(String name, boolean deliversPings) {

}
