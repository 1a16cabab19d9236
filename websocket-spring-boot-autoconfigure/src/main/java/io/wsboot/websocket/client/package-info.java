/**
 * The {@link io.wsboot.websocket.WsClient} implementation, on Jetty 12's WebSocket client. A
 * {@code ClientConnection} is the {@code WsConnection} facade over a series of {@code JettyLink}s
 * (several with retry): {@code ClientState} is its state machine (the shared {@code CloseState} and
 * the phase of its links), {@code ClientLinks} opens the links and turns their events into state
 * changes, the shared {@code OutboundWriter} writes one message at a time to the current link, which
 * {@code ClientState} gives (waiting through a reconnection), received messages wait in an {@code
 * InboundQueue} whose fullness pauses the socket. {@code OpenClientConnections} closes a client's connections with
 * 1001 when the client is closed.
 */
@NullMarked
package io.wsboot.websocket.client;

import org.jspecify.annotations.NullMarked;
