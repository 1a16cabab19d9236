package io.wsboot.websocket;

/**
 * Decides whether a WebSocket handshake is accepted and which {@link Service} handles the
 * connection. Annotate the implementing bean with {@link WebSocketService} to bind it to a path.
 *
 * <p>{@link #get(HandshakeRequest)} is called once per handshake, on the thread handling the HTTP
 * request; it may block. Declaring the concrete service type as the return type lets its methods be
 * checked when the application starts.
 */
@FunctionalInterface
public interface UpgradeService {

	/**
	 * Return the service for a new connection, or refuse the handshake.
	 * @param request the handshake request
	 * @return the service that receives this connection's events, never {@code null}
	 * @throws UpgradeException to refuse the handshake with its status (400 by default) and message;
	 * any other exception refuses it with 500
	 */
	Service get(HandshakeRequest request);

}
