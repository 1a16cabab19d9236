package io.wsboot.bench.server;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;

/**
 * The room endpoint of the fan-out run: lets every connection into the room its path names and
 * gives it a {@link FanoutMember}, named by the handshake's {@code peer} query parameter (the load
 * generator names its writer, readers and stalled peers) so that the server's log says whose
 * connection ended.
 */
@WebSocketService("/fanout/{room}")
public class FanoutRoom implements UpgradeService {

	private final OpenConnections connections;

	public FanoutRoom(OpenConnections connections) {
		this.connections = connections;
	}

	@Override
	public FanoutMember get(HandshakeRequest request) {
		String peer = request.queryParam("peer");
		return new FanoutMember(this.connections, request.pathVariable("room"), (peer != null) ? peer : "unnamed");
	}

}
