package io.wsboot.sample.chat;

import java.util.List;

import io.wsboot.websocket.OpenConnections;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The rooms of one instance: the nicknames of the room's open connections, read from their attributes.
 */
@Component
@Profile("!cluster")
class LocalRoster implements Roster {

	private final OpenConnections connections;

	LocalRoster(OpenConnections connections) {
		this.connections = connections;
	}

	@Override
	public List<String> members(String room) {
		return this.connections.withPathVariable("room", room)
			.stream()
			.map((caller) -> (String) caller.getAttribute(ChatService.NICK))
			.filter((nick) -> nick != null)
			.sorted()
			.toList();
	}

	@Override
	public void join(String room, String nick) {
	}

	@Override
	public void leave(String room, String nick) {
	}

}
