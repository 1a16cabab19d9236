package io.wsboot.websocket.server;

import java.net.InetSocketAddress;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One open connection as it was when it was looked at, for monitoring.
 *
 * @param id the connection's id, as {@code Caller.id()}
 * @param endpointPath the path of its endpoint, as declared
 * @param remoteAddress the peer's address, or {@code null} when the container does not know it
 * @param openedAt when the handshake completed
 * @param messagesIn whole messages received so far
 * @param messagesOut whole messages written so far
 * @param subProtocol the agreed sub-protocol, or {@code null}
 * @param principal the name of the authenticated user, or {@code null} when the handshake was not authenticated
 */
public record OpenConnection(String id, String endpointPath, @Nullable InetSocketAddress remoteAddress,
		Instant openedAt, long messagesIn, long messagesOut, @Nullable String subProtocol, @Nullable String principal) {

}
