package io.wsboot.websocket.server.conformance;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * The services under test: a plain echo, and an echo that records its close and errors in
 * {@link ServiceEvents} under the {@code tag} query parameter.
 */
final class ConformanceServices {

	private ConformanceServices() {
	}

	/** Echoes text as text and binary as binary. */
	@WebSocketService("/conformance/echo")
	public static class Echo implements Service {

		public String onTextMessage(String text) {
			return text;
		}

		public byte[] onBinaryMessage(byte[] data) {
			return data;
		}

	}

	/** Gives each connection a {@link Recorded} echo that records under the connection's tag. */
	@WebSocketService("/conformance/recorded")
	static class RecordedUpgrade implements UpgradeService {

		private final ServiceEvents events;

		RecordedUpgrade(ServiceEvents events) {
			this.events = events;
		}

		@Override
		public Recorded get(HandshakeRequest request) {
			return new Recorded(this.events, request.queryParam("tag"));
		}

	}

	/** Echoes like {@link Echo} and records {@code close:<code>:<reason>} and {@code error:<type>: <message>}. */
	public static class Recorded extends Echo {

		private final ServiceEvents events;

		private final String tag;

		Recorded(ServiceEvents events, String tag) {
			this.events = events;
			this.tag = tag;
		}

		public void onClose(int statusCode, String reason) {
			this.events.record(this.tag, "close:" + statusCode + ":" + reason);
		}

		public void onError(WebSocketException error) {
			this.events.record(this.tag, "error:" + error.getClass().getSimpleName() + ": " + error.getMessage());
		}

	}

}
