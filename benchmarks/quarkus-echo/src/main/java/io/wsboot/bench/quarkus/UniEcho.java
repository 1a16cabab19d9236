package io.wsboot.bench.quarkus;

import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * The non-blocking Quarkus WebSockets Next echo: methods that return {@link Uni} run on the event loop, as
 * wsboot's {@code @NonBlocking} services do on Reactor Netty. Every text and binary message is sent back
 * unchanged.
 */
@WebSocket(path = "/echo-uni")
public class UniEcho {

	@OnTextMessage
	Uni<String> onText(String text) {
		return Uni.createFrom().item(text);
	}

	@OnBinaryMessage
	Uni<Buffer> onBinary(Buffer data) {
		return Uni.createFrom().item(data);
	}

}
