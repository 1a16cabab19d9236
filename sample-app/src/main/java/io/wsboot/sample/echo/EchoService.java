package io.wsboot.sample.echo;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.Service;

/**
 * Sends every message back as it came.
 */
public class EchoService implements Service {

	public String onTextMessage(Caller caller, String text) {
		return text;
	}

	public byte[] onBinaryMessage(byte[] data) {
		return data;
	}

}
