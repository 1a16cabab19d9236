package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;

/**
 * Rooms: each text message goes to every connection of the same room, through
 * {@link OpenConnections}.
 */
@WebSocketService("/ws/room/{room}")
public class RoomServices implements UpgradeService {

	private final OpenConnections connections;

	public RoomServices(OpenConnections connections) {
		this.connections = connections;
	}

	@Override
	public RoomService get(HandshakeRequest request) {
		return new RoomService(this.connections, request.pathVariable("room"), request.queryParam("nick"));
	}

	public static class RoomService implements Service {

		private final OpenConnections connections;

		private final String room;

		private final String nick;

		RoomService(OpenConnections connections, String room, String nick) {
			this.connections = connections;
			this.room = room;
			this.nick = nick;
		}

		public String onOpen(Caller caller) {
			caller.setAttribute("nick", this.nick);
			return "joined " + this.room;
		}

		public void onTextMessage(String text) {
			this.connections.broadcast(this.nick + ": " + text, this.connections.withPathVariable("room", this.room));
		}

	}

}
