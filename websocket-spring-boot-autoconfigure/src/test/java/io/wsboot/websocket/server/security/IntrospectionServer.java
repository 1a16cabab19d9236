package io.wsboot.websocket.server.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The authorization server's token introspection endpoint (RFC 7662) on a loopback port, as the
 * reference's tests use a mock security token service: {@value #WRITER} is active with the
 * {@code write} scope, {@value #READER} is active with {@code read} only, anything else is inactive.
 * Requests must authenticate as client {@value #CLIENT_ID}.
 */
final class IntrospectionServer implements AutoCloseable {

	static final String WRITER = "writer-token";

	static final String READER = "reader-token";

	static final String CLIENT_ID = "websocket-server";

	static final String CLIENT_SECRET = "websocket-server-secret";

	private final HttpServer server;

	private IntrospectionServer(HttpServer server) {
		this.server = server;
	}

	static IntrospectionServer start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/introspect", IntrospectionServer::introspect);
		server.start();
		return new IntrospectionServer(server);
	}

	String uri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/introspect";
	}

	private static void introspect(HttpExchange exchange) throws IOException {
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			respond(exchange, 401, "{\"error\":\"invalid_client\"}");
			return;
		}
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String token = "";
		for (String pair : form.split("&")) {
			String[] parts = pair.split("=", 2);
			if (parts.length == 2 && parts[0].equals("token")) {
				token = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
			}
		}
		long exp = Instant.now().plusSeconds(3600).getEpochSecond();
		Map<String, String> answers = Map.of(WRITER,
				"{\"active\":true,\"sub\":\"carol\",\"scope\":\"write\",\"exp\":" + exp + "}", READER,
				"{\"active\":true,\"sub\":\"dave\",\"scope\":\"read\",\"exp\":" + exp + "}");
		respond(exchange, 200, answers.getOrDefault(token, "{\"active\":false}"));
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
