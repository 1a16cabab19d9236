package io.wsboot.bench.server;

import io.wsboot.websocket.NonBlocking;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;

/**
 * The wsboot echo marked {@link NonBlocking}: on Reactor Netty it runs on the event loop.
 */
@WebSocketService("/wsboot-non-blocking")
@NonBlocking
public class WsbootNonBlockingEcho implements Service {

	public String onTextMessage(String text) {
		return text;
	}

	public byte[] onBinaryMessage(byte[] data) {
		return data;
	}

}
