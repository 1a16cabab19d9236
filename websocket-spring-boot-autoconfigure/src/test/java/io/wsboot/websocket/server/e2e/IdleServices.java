package io.wsboot.websocket.server.e2e;

import java.util.concurrent.atomic.AtomicInteger;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * A service with a one-second idle timeout that closes on its third idle period.
 */
@WebSocketService(path = "/ws/idle", idleTimeout = "1s")
class IdleServices implements UpgradeService {

	private final ServiceEvents log;

	IdleServices(ServiceEvents log) {
		this.log = log;
	}

	@Override
	public IdleService get(HandshakeRequest request) {
		return new IdleService(this.log, request.queryParam("tag"));
	}

	public static class IdleService implements Service {

		private final ServiceEvents log;

		private final String tag;

		private final AtomicInteger idle = new AtomicInteger();

		IdleService(ServiceEvents log, String tag) {
			this.log = log;
			this.tag = tag;
		}

		public String onTextMessage(String text) {
			return text;
		}

		public CloseFrame onIdleTimeout(Caller caller) {
			int count = this.idle.incrementAndGet();
			this.log.record(this.tag, "idle:" + count + " open=" + caller.isOpen());
			return (count == 3) ? CloseFrame.of(4010, "idle too long") : null;
		}

	}

}
