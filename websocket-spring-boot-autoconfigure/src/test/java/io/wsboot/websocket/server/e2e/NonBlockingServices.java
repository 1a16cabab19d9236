package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.NonBlocking;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;

/**
 * A service marked {@link NonBlocking}: it tells which thread runs it, echoes, and closes.
 */
@WebSocketService("/ws/non-blocking")
@NonBlocking
class NonBlockingServices implements Service {

	public String onOpen(Caller caller) {
		return "open on " + Thread.currentThread().getName();
	}

	public String onTextMessage(Caller caller, String text) {
		switch (text) {
			case "thread" -> {
				return Thread.currentThread().getName();
			}
			case "close" -> {
				caller.close(4001, "non-blocking bye");
				return null;
			}
			default -> {
				caller.writeTextMessage("written " + text);
				return text;
			}
		}
	}

}
