package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeException;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.Order;

/**
 * Echo, orders and chat: the services of the seed, used by the end-to-end tests.
 */
final class EchoServices {

	private EchoServices() {
	}

	@WebSocketService(path = "/ws/echo")
	static class EchoUpgrade implements UpgradeService {

		@Override
		public EchoService get(HandshakeRequest request) {
			return new EchoService();
		}

	}

	public static class EchoService implements Service {

		public String onTextMessage(Caller caller, String text) {
			return text;
		}

		public byte[] onBinaryMessage(byte[] data) {
			return data;
		}

	}

	@WebSocketService("/ws/orders")
	static class Orders implements Service {

		public OrderAck onMessage(Order order) {
			return new OrderAck(order.item(), order.quantity(), "accepted");
		}

	}

	@WebSocketService(path = "/ws/chat/{room}", subProtocols = { "chat.v2", "chat.v1" })
	static class ChatUpgrade implements UpgradeService {

		@Override
		public ChatService get(HandshakeRequest request) {
			String nick = request.queryParam("nick");
			if (nick == null) {
				throw new UpgradeException("nick is required");
			}
			if (nick.equals("mallory")) {
				throw new UpgradeException(403, "nickname not allowed");
			}
			if (nick.equals("boom")) {
				throw new IllegalStateException("upgrade service failed");
			}
			String room = request.pathVariable("room");
			request.addResponseHeader("X-Room", room);
			return new ChatService(nick, room, request.header("x-client"), request.requestedSubProtocols());
		}

	}

	/** Tells the client what its handshake looked like to the upgrade service. */
	@WebSocketService("/ws/inspect/{kind}/{id}")
	static class InspectUpgrade implements UpgradeService {

		@Override
		public EchoService get(HandshakeRequest request) {
			String seen = String.join("|", request.path(), String.valueOf(request.pathVariables()),
					String.valueOf(request.queryParams()), String.valueOf(request.header("x-TEST")),
					String.valueOf(request.headers().get("X-Test")), String.valueOf(request.origin()),
					request.remoteAddress().getAddress().getHostAddress(), String.valueOf(request.principal()));
			request.addResponseHeader("X-Seen", seen);
			return new EchoService();
		}

	}

	/** The seed's origin example: the upgrade service checks the Origin header itself. */
	@WebSocketService("/ws/guarded")
	static class GuardedUpgrade implements UpgradeService {

		@Override
		public EchoService get(HandshakeRequest request) {
			if (request.origin() == null) {
				throw new UpgradeException(403, "an Origin header is required");
			}
			return new EchoService();
		}

	}

	public static class ChatService implements Service {

		private final String greeting;

		ChatService(String nick, String room, String client, java.util.List<String> requested) {
			this.greeting = "welcome " + nick + " to " + room + " via " + client + " asking " + requested;
		}

		public String onOpen(Caller caller) {
			return this.greeting + " got " + caller.negotiatedSubProtocol() + " secure " + caller.isSecure();
		}

	}

}
