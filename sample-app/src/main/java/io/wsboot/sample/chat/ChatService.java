package io.wsboot.sample.chat;

import java.util.List;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.PayloadValidationException;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;

/**
 * One member of one chat room: relays what the member says to the room and tells the room who
 * comes and goes.
 */
public class ChatService implements Service {

	static final String NICK = "nick";

	private final OpenConnections connections;

	private final String room;

	private final String nick;

	ChatService(OpenConnections connections, String room, String nick) {
		this.connections = connections;
		this.room = room;
		this.nick = nick;
	}

	static List<String> membersOf(OpenConnections connections, String room) {
		return connections.withPathVariable("room", room)
			.stream()
			.map((caller) -> (String) caller.getAttribute(NICK))
			.filter((nick) -> nick != null)
			.sorted()
			.toList();
	}

	public void onOpen(Caller caller) {
		caller.setAttribute(NICK, this.nick);
		toRoom(ChatEvent.join(this.nick, membersOf(this.connections, this.room)));
	}

	public void onMessage(Caller caller, ChatMessage message) {
		toRoom(ChatEvent.message(this.nick, message.text()));
	}

	public void onIdleTimeout(Caller caller) {
		caller.writeMessage(ChatEvent.nudge("Still there, " + this.nick + "?"));
	}

	public void onClose(Caller caller, int statusCode, String reason) {
		toRoom(ChatEvent.leave(this.nick, membersOf(this.connections, this.room)));
	}

	public void onError(Caller caller, WebSocketException error) {
		if (error instanceof PayloadValidationException && caller.isOpen()) {
			caller.writeMessage(ChatEvent.error(error.getMessage()));
		}
	}

	private void toRoom(ChatEvent event) {
		this.connections.broadcast(event, this.connections.withPathVariable("room", this.room));
	}

}
