package io.wsboot.bench.quarkus;

import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.vertx.core.buffer.Buffer;

/**
 * The Quarkus WebSockets Next echo in its default execution model: methods that return a plain value are
 * blocking, so each message is handed from the event loop to a worker thread, as wsboot's default on Reactor
 * Netty does. Every text and binary message is sent back unchanged.
 */
@WebSocket(path = "/echo")
public class BlockingEcho {

	@OnTextMessage
	String onText(String text) {
		return text;
	}

	@OnBinaryMessage
	Buffer onBinary(Buffer data) {
		return data;
	}

}
