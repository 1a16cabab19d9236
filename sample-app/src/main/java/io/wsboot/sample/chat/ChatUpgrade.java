package io.wsboot.sample.chat;

import java.net.URI;
import java.util.regex.Pattern;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.UpgradeException;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;

import org.springframework.aot.hint.annotation.RegisterReflectionForBinding;

/**
 * Lets a browser into a chat room: checks where the page came from and the nickname, then gives the
 * connection its own {@link ChatService}. A nickname counts as taken once its connection has
 * opened (the sample keeps it simple: two handshakes at the same instant can both get it). The
 * events it broadcasts appear in no method signature, so they are named for a native image's JSON
 * binding here.
 */
@WebSocketService(path = "/ws/chat/{room}", idleTimeout = "60s")
@RegisterReflectionForBinding(ChatEvent.class)
public class ChatUpgrade implements UpgradeService {

	private static final Pattern NICKNAME = Pattern.compile("[\\p{L}\\p{N}_-]{1,20}");

	private final OpenConnections connections;

	private final Roster roster;

	public ChatUpgrade(OpenConnections connections, Roster roster) {
		this.connections = connections;
		this.roster = roster;
	}

	@Override
	public ChatService get(HandshakeRequest request) {
		String origin = request.origin();
		if (origin != null && !URI.create(origin).getAuthority().equals(request.header("Host"))) {
			throw new UpgradeException(403, "origin not allowed: " + origin);
		}
		String nick = request.queryParam("nick");
		if (nick == null || !NICKNAME.matcher(nick).matches()) {
			throw new UpgradeException("nickname must be 1 to 20 letters, digits, '_' or '-'");
		}
		String room = request.pathVariable("room");
		if (this.roster.members(room).contains(nick)) {
			throw new UpgradeException(409, "nickname taken in " + room + ": " + nick);
		}
		return new ChatService(this.connections, this.roster, room, nick);
	}

}
