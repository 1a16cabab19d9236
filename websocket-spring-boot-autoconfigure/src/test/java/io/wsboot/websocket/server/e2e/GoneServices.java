package io.wsboot.websocket.server.e2e;

import java.time.Duration;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * A service whose {@code onOpen} waits until the test says the client is gone, then writes until a
 * write fails, and records how it failed in the {@link ServiceEvents}.
 */
@WebSocketService("/ws/write-when-gone")
class GoneServices implements UpgradeService {

	/** How long the writes go on at most; a peer that is gone fails them within milliseconds. */
	private static final Duration WRITING = Duration.ofSeconds(10);

	private final ServiceEvents log;

	GoneServices(ServiceEvents log) {
		this.log = log;
	}

	@Override
	public WriteWhenGone get(HandshakeRequest request) {
		return new WriteWhenGone(this.log, request.queryParam("tag"));
	}

	public static class WriteWhenGone implements Service {

		private final ServiceEvents log;

		private final String tag;

		WriteWhenGone(ServiceEvents log, String tag) {
			this.log = log;
			this.tag = tag;
		}

		public void onOpen(Caller caller) throws InterruptedException {
			this.log.next(this.tag + "/gone");
			long end = System.nanoTime() + WRITING.toNanos();
			try {
				while (System.nanoTime() < end) {
					caller.writeTextMessage("x");
				}
				this.log.record(this.tag, "no failure");
			}
			catch (WebSocketException ex) {
				this.log.record(this.tag, "api:" + ex.getClass().getSimpleName());
			}
			catch (RuntimeException ex) {
				this.log.record(this.tag, "raw:" + ex);
			}
		}

	}

}
