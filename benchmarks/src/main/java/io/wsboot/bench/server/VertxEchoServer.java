package io.wsboot.bench.server;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/**
 * The Vert.x 5 echo, the fastest JVM peer measured (Quarkus WebSockets Next, measured beside it, runs
 * on Vert.x 4.5 in Quarkus 3.33): every text and binary message is sent back. Arguments: the port, then optionally the largest
 * message in bytes (default 65536).
 */
public final class VertxEchoServer {

	private VertxEchoServer() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		int maxMessage = (args.length > 1) ? Integer.parseInt(args[1]) : 65536;
		Vertx vertx = Vertx.vertx();
		HttpServerOptions options = new HttpServerOptions().setPort(port)
			.setHost("127.0.0.1")
			.setMaxWebSocketFrameSize(maxMessage)
			.setMaxWebSocketMessageSize(maxMessage)
			.setPerMessageWebSocketCompressionSupported(true);
		HttpServer server = vertx.createHttpServer(options).webSocketHandler((socket) -> {
			socket.textMessageHandler(socket::writeTextMessage);
			socket.binaryMessageHandler(socket::writeBinaryMessage);
		});
		server.listen().await();
		System.out.println("Vert.x echo listening on " + server.actualPort());
	}

}
