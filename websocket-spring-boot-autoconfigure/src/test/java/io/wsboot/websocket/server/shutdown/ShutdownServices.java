package io.wsboot.websocket.server.shutdown;

import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * The services of the shutdown and connection-cap tests. Each records its {@code onClose} under
 * the connection's {@code tag} query parameter.
 */
final class ShutdownServices {

	private ShutdownServices() {
	}

	/** Asks for a {@link Recording} service per connection. */
	abstract static class RecordingUpgrade implements UpgradeService {

		private final ServiceEvents events;

		RecordingUpgrade(ServiceEvents events) {
			this.events = events;
		}

		@Override
		public Service get(HandshakeRequest request) {
			return new Recording(this.events, request.queryParam("tag"));
		}

	}

	/** Echoes; without a cap of its own {@code websocket.server.max-connections} would apply. */
	@WebSocketService(path = "/ws/shutdown/echo", maxConnections = 0)
	static class Echo extends RecordingUpgrade {

		Echo(ServiceEvents events) {
			super(events);
		}

	}

	/** No attribute: {@code websocket.server.max-connections} (1 in these tests) applies. */
	@WebSocketService(path = "/ws/shutdown/single")
	static class Single extends RecordingUpgrade {

		Single(ServiceEvents events) {
			super(events);
		}

	}

	/** At most two connections; counts how often it is asked. */
	@WebSocketService(path = "/ws/shutdown/capped", maxConnections = 2)
	static class Capped extends RecordingUpgrade {

		private final ShutdownApplication.UpgradeCalls calls;

		Capped(ServiceEvents events, ShutdownApplication.UpgradeCalls calls) {
			super(events);
			this.calls = calls;
		}

		@Override
		public Service get(HandshakeRequest request) {
			this.calls.incrementAndGet();
			return super.get(request);
		}

	}

	/** Its {@code onClose} waits for the test, holding the shutdown open meanwhile. */
	@WebSocketService(path = "/ws/shutdown/slow-close", maxConnections = 0)
	static class SlowClose implements UpgradeService {

		private final ServiceEvents events;

		private final ShutdownApplication.SlowCloseGate gate;

		SlowClose(ServiceEvents events, ShutdownApplication.SlowCloseGate gate) {
			this.events = events;
			this.gate = gate;
		}

		@Override
		public Service get(HandshakeRequest request) {
			return new Stalling(this.events, request.queryParam("tag"), this.gate);
		}

	}

	/** Records the start of its {@code onClose}, then waits for the test's gate. */
	public static final class Stalling implements Service {

		private final ServiceEvents events;

		private final String tag;

		private final ShutdownApplication.SlowCloseGate gate;

		Stalling(ServiceEvents events, String tag, ShutdownApplication.SlowCloseGate gate) {
			this.events = events;
			this.tag = tag;
			this.gate = gate;
		}

		public void onClose(int statusCode, String reason) throws InterruptedException {
			this.events.record(this.tag, "closing " + statusCode + " " + reason);
			this.gate.await(10, TimeUnit.SECONDS);
		}

	}

	/** Echoes text and records how the connection was closed. */
	public static final class Recording implements Service {

		private final ServiceEvents events;

		private final String tag;

		Recording(ServiceEvents events, String tag) {
			this.events = events;
			this.tag = tag;
		}

		public String onTextMessage(String text) {
			return text;
		}

		public void onClose(int statusCode, String reason) {
			this.events.record(this.tag, "close " + statusCode + " " + reason);
		}

	}

}
