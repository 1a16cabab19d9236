package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * An endpoint that pings peers silent for 300 ms; each connection records its pongs, errors and
 * close under the {@code tag} query parameter.
 */
@WebSocketService(path = "/ws/keepalive", pingInterval = "300ms")
class KeepAliveServices implements UpgradeService {

	private final ServiceEvents events;

	KeepAliveServices(ServiceEvents events) {
		this.events = events;
	}

	@Override
	public Service get(HandshakeRequest request) {
		return new Watched(this.events, request.queryParam("tag"));
	}

	public static class Watched implements Service {

		private final ServiceEvents events;

		private final String tag;

		Watched(ServiceEvents events, String tag) {
			this.events = events;
			this.tag = tag;
		}

		public void onOpen(Caller caller) {
			this.events.record(this.tag, "open");
		}

		public void onPong(byte[] data) {
			this.events.record(this.tag, "pong " + data.length);
		}

		public void onError(WebSocketException error) {
			this.events.record(this.tag, error.getClass().getSimpleName() + ": " + error.getMessage());
		}

		public void onClose(int statusCode) {
			this.events.record(this.tag, "close " + statusCode);
		}

	}

}
