package io.wsboot.websocket.server.e2e;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.Order;
import tools.jackson.databind.JsonNode;

/**
 * Services whose message parameters exercise data binding.
 */
final class BindingServices {

	private BindingServices() {
	}

	enum Color {

		RED, GREEN

	}

	@WebSocketService("/ws/bind/int")
	static class IntBinding implements Service {

		public int onTextMessage(int number) {
			return number + 1;
		}

	}

	@WebSocketService("/ws/bind/boxed")
	static class BoxedBinding implements Service {

		public Long onTextMessage(Caller caller, Long number) {
			return number * 2;
		}

	}

	@WebSocketService("/ws/bind/list")
	static class ListBinding implements Service {

		public String onTextMessage(List<Order> orders) {
			return orders.size() + " " + orders.get(1).item() + " " + orders.get(1).quantity();
		}

	}

	@WebSocketService("/ws/bind/map")
	static class MapBinding implements Service {

		public String onTextMessage(Map<String, Integer> counts) {
			return new TreeMap<>(counts).toString();
		}

	}

	@WebSocketService("/ws/bind/enum")
	static class EnumBinding implements Service {

		public Color onTextMessage(Color color) {
			return (color == Color.RED) ? Color.GREEN : Color.RED;
		}

	}

	@WebSocketService("/ws/bind/tree")
	static class TreeBinding implements Service {

		public JsonNode onTextMessage(JsonNode node) {
			return node.get("a");
		}

	}

	@WebSocketService("/ws/bind/binary")
	static class BinaryBinding implements Service {

		public String onBinaryMessage(Order order) {
			return order.item() + " x" + order.quantity();
		}

	}

	@WebSocketService("/ws/bind/custom-error")
	static class CustomErrorBinding implements Service {

		public int onTextMessage(int number) {
			return number;
		}

		public void onTextMessageError(Caller caller, WebSocketException error) {
			caller.writeTextMessage("onTextMessageError: " + error.getClass().getSimpleName());
		}

		public void onError(Caller caller, WebSocketException error) {
			caller.writeTextMessage("onError: " + error.getClass().getSimpleName());
		}

	}

	@WebSocketService("/ws/bind/on-error")
	static class OnErrorBinding implements Service {

		public int onMessage(int number) {
			return number;
		}

		public void onError(Caller caller, Exception error) {
			caller.writeTextMessage("onError: " + error.getClass().getSimpleName() + ": " + error.getMessage());
		}

	}

}
