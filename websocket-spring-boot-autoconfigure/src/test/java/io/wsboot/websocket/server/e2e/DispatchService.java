package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.DispatcherConfig;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import tools.jackson.databind.JsonNode;

/**
 * A graphql-transport-ws style service: the {@code type} field of a JSON message picks the method.
 */
@WebSocketService(path = "/ws/dispatch", dispatcherKey = "type")
class DispatchService implements Service {

	record Subscribe(String type, String topic, int limit) {
	}

	public String onSubscribe(Caller caller, Subscribe subscribe) {
		return "subscribed " + subscribe.topic() + " " + subscribe.limit();
	}

	public void onSubscribeError(Caller caller, WebSocketException error) {
		caller.writeTextMessage("bad subscribe: " + error.getClass().getSimpleName());
	}

	public String onConnectionInit() {
		return "ack";
	}

	@DispatcherConfig("complete")
	public String finish(JsonNode message) {
		return "completed " + message.get("id").asString();
	}

	public String onTextMessage(String text) {
		return "fallback: " + text;
	}

}
