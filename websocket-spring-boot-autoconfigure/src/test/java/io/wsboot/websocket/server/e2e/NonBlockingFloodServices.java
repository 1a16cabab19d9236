package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.NonBlocking;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * A {@link NonBlocking} service that writes 256 MB to its own peer when asked and records how that
 * ended under the {@code tag} query parameter: on Reactor Netty it runs on the event loop, where a
 * send never waits.
 */
@WebSocketService(path = "/ws/non-blocking-flood", sendBufferLimit = "1MB")
@NonBlocking
class NonBlockingFloodServices implements UpgradeService {

	private final ServiceEvents events;

	NonBlockingFloodServices(ServiceEvents events) {
		this.events = events;
	}

	@Override
	public Service get(HandshakeRequest request) {
		return new Flooding(this.events, request.queryParam("tag"));
	}

	public static class Flooding implements Service {

		private final ServiceEvents events;

		private final String tag;

		Flooding(ServiceEvents events, String tag) {
			this.events = events;
			this.tag = tag;
		}

		public void onOpen(Caller caller) {
			this.events.record(this.tag, "open");
		}

		public void onTextMessage(Caller caller, String text) {
			byte[] chunk = new byte[65536];
			try {
				for (int i = 0; i < 4096; i++) {
					caller.writeBinaryMessage(chunk);
				}
				this.events.record(this.tag, "all written");
			}
			catch (WebSocketException ex) {
				this.events.record(this.tag, ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}

	}

}
