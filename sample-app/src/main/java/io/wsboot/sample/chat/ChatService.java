package io.wsboot.sample.chat;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.PayloadValidationException;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;

/**
 * One member of one chat room: relays what the member says to the room and tells the room who
 * comes and goes. With the {@code cluster} profile the room spans every instance: the broadcast to
 * {@code withPathVariable("room", …)} reaches its members wherever they connected.
 */
public class ChatService implements Service {

	static final String NICK = "nick";

	private final OpenConnections connections;

	private final Roster roster;

	private final String room;

	private final String nick;

	ChatService(OpenConnections connections, Roster roster, String room, String nick) {
		this.connections = connections;
		this.roster = roster;
		this.room = room;
		this.nick = nick;
	}

	public void onOpen(Caller caller) {
		caller.setAttribute(NICK, this.nick);
		this.roster.join(this.room, this.nick);
		toRoom(ChatEvent.join(this.nick, this.roster.members(this.room)));
	}

	public void onMessage(Caller caller, ChatMessage message) {
		toRoom(ChatEvent.message(this.nick, message.text()));
	}

	public void onIdleTimeout(Caller caller) {
		caller.writeMessage(ChatEvent.nudge("Still there, " + this.nick + "?"));
	}

	public void onClose(Caller caller, int statusCode, String reason) {
		this.roster.leave(this.room, this.nick);
		toRoom(ChatEvent.leave(this.nick, this.roster.members(this.room)));
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
