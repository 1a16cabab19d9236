package io.wsboot.bench.server;

import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;

/**
 * The wsboot echo: a {@code Service} whose return values are sent back, as a user would write it.
 */
@WebSocketService("/wsboot")
public class WsbootEcho implements Service {

	public String onTextMessage(String text) {
		return text;
	}

	public byte[] onBinaryMessage(byte[] data) {
		return data;
	}

}
