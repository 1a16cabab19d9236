package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * Rooms whose members may stop reading: every text message goes to the whole room through
 * {@link OpenConnections#broadcast(Object, java.util.Collection)}; each member's errors and how many
 * recipients each broadcast reached are recorded under its nick.
 */
final class SlowConsumerServices {

	private SlowConsumerServices() {
	}

	/** A room whose stalled members are closed: the CLOSE policy, with a small buffer. */
	@WebSocketService(path = "/ws/fanout/{room}", sendBufferLimit = "64KB")
	static class ClosingRoom extends Room {

		ClosingRoom(OpenConnections connections, ServiceEvents events) {
			super(connections, events);
		}

	}

	/** A feed whose stalled members lose the oldest messages and stay: the DROP_OLDEST policy. */
	@WebSocketService(path = "/ws/feed/{room}", sendBufferLimit = "64KB",
			sendBufferOverflow = SendBufferOverflow.DROP_OLDEST)
	static class DroppingFeed extends Room {

		DroppingFeed(OpenConnections connections, ServiceEvents events) {
			super(connections, events);
		}

	}

	/** Hands each connection a {@link Member} of the room its path names. */
	abstract static class Room implements UpgradeService {

		private final OpenConnections connections;

		private final ServiceEvents events;

		Room(OpenConnections connections, ServiceEvents events) {
			this.connections = connections;
			this.events = events;
		}

		@Override
		public Member get(HandshakeRequest request) {
			return new Member(this.connections, this.events, request.pathVariable("room"), request.queryParam("nick"));
		}

	}

	/** One member of a room. */
	public static class Member implements Service {

		private final OpenConnections connections;

		private final ServiceEvents events;

		private final String room;

		private final String nick;

		Member(OpenConnections connections, ServiceEvents events, String room, String nick) {
			this.connections = connections;
			this.events = events;
			this.room = room;
			this.nick = nick;
		}

		public void onOpen(Caller caller) {
			caller.setAttribute("nick", this.nick);
			this.events.record(this.nick, "open");
		}

		public void onTextMessage(String text) {
			int reached = this.connections.broadcast(text, this.connections.withPathVariable("room", this.room));
			this.events.record(this.nick + "/reached", Integer.toString(reached));
		}

		public void onError(WebSocketException error) {
			this.events.record(this.nick, error.getClass().getSimpleName() + ": " + error.getMessage());
		}

	}

}
