package io.wsboot.websocket.server.e2e;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;

/**
 * A service that can be held inside a method: the first message {@code "hold"} waits for
 * {@link #release()}; the numbered messages after it are checked to come in order; {@code "end"} is
 * answered with how many came and whether in order.
 */
final class GatedServices {

	private static volatile CountDownLatch gate = new CountDownLatch(1);

	private GatedServices() {
	}

	/** Closes the gate for the next {@code "hold"}. */
	static void close() {
		gate = new CountDownLatch(1);
	}

	/** Lets a held method return. */
	static void release() {
		gate.countDown();
	}

	/** Counts numbered messages after a held one. */
	@WebSocketService("/ws/gated")
	static class Gated implements Service {

		private int received;

		private int outOfOrder = -1;

		public String onTextMessage(String text) throws InterruptedException {
			if (text.equals("hold")) {
				gate.await(60, TimeUnit.SECONDS);
				return null;
			}
			if (text.equals("end")) {
				return "received " + this.received + ((this.outOfOrder < 0) ? " in order" : " out of order at " + this.outOfOrder);
			}
			int number = Integer.parseInt(text.substring(0, text.indexOf(' ')));
			if (number != this.received && this.outOfOrder < 0) {
				this.outOfOrder = number;
			}
			this.received++;
			return null;
		}

	}

}
