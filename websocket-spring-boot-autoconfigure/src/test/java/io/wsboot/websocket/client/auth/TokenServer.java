package io.wsboot.websocket.client.auth;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OAuth2 authorization server's token endpoint for the client tests, on the JDK's HTTP server at
 * {@code http://127.0.0.1:<port>/token}. Each client (by id) gets its own {@link Behaviour}; the
 * client authenticates with {@code client_secret_basic} and the secret {@code secret-<id>}. Grants
 * {@code client_credentials} and {@code refresh_token} issue {@code token-1}, {@code token-2}, … per
 * client; every request is recorded as {@code <client>:<grant_type>} (with
 * {@code :<refresh_token>} for a refresh). Requests can also be dropped unanswered, as by an
 * authorization server that cannot be reached.
 */
final class TokenServer implements AutoCloseable {

	/** What the endpoint answers one client. */
	record Behaviour(long expiresIn, boolean refreshTokens, int failStatus) {

		static Behaviour expiringIn(long seconds) {
			return new Behaviour(seconds, false, 0);
		}

		Behaviour withRefreshTokens() {
			return new Behaviour(this.expiresIn, true, this.failStatus);
		}

		static Behaviour failing(int status) {
			return new Behaviour(3600, false, status);
		}

	}

	private final HttpServer server;

	private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> issued = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> drops = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private TokenServer(HttpServer server) {
		this.server = server;
	}

	static TokenServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			TokenServer tokens = new TokenServer(server);
			server.createContext("/token", tokens::handle);
			server.start();
			return tokens;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String tokenUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/token";
	}

	void behave(String clientId, Behaviour behaviour) {
		this.behaviours.put(clientId, behaviour);
	}

	/** Closes the client's next {@code count} requests without an answer, recorded as {@code dropped}. */
	void dropNext(String clientId, int count) {
		this.drops.computeIfAbsent(clientId, (id) -> new AtomicInteger()).set(count);
	}

	/** The requests of one client, in order, as {@code <grant_type>} or {@code refresh_token:<token>}. */
	List<String> requestsOf(String clientId) {
		String prefix = clientId + ":";
		return this.requests.stream().filter((request) -> request.startsWith(prefix))
			.map((request) -> request.substring(prefix.length()))
			.toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try {
			Map<String, String> form = form(exchange.getRequestBody());
			String clientId = authenticatedClient(exchange.getRequestHeaders().getFirst("Authorization"));
			if (clientId == null) {
				exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"token\"");
				answer(exchange, 401, "{\"error\":\"invalid_client\"}");
				return;
			}
			if (this.drops.getOrDefault(clientId, new AtomicInteger()).getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				this.requests.add(clientId + ":dropped");
				return;
			}
			String grant = form.getOrDefault("grant_type", "");
			this.requests.add(clientId + ":" + grant
					+ (grant.equals("refresh_token") ? ":" + form.get("refresh_token") : ""));
			Behaviour behaviour = this.behaviours.getOrDefault(clientId, Behaviour.expiringIn(3600));
			if (behaviour.failStatus() != 0) {
				answer(exchange, behaviour.failStatus(), "{\"error\":\"server_error\"}");
				return;
			}
			if (!grant.equals("client_credentials") && !grant.equals("refresh_token")) {
				answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
				return;
			}
			int n = this.issued.computeIfAbsent(clientId, (id) -> new AtomicInteger()).incrementAndGet();
			String refresh = behaviour.refreshTokens() ? ",\"refresh_token\":\"refresh-" + n + "\"" : "";
			answer(exchange, 200, "{\"access_token\":\"token-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":"
					+ behaviour.expiresIn() + refresh + "}");
		}
		finally {
			exchange.close();
		}
	}

	/** The client id of valid {@code client_secret_basic} credentials, else {@code null}. */
	private static String authenticatedClient(String authorization) {
		if (authorization == null || !authorization.startsWith("Basic ")) {
			return null;
		}
		String[] credentials = new String(Base64.getDecoder().decode(authorization.substring(6)),
				StandardCharsets.UTF_8)
			.split(":", 2);
		String clientId = URLDecoder.decode(credentials[0], StandardCharsets.UTF_8);
		boolean valid = credentials.length == 2
				&& URLDecoder.decode(credentials[1], StandardCharsets.UTF_8).equals("secret-" + clientId);
		return valid ? clientId : null;
	}

	private static Map<String, String> form(InputStream body) throws IOException {
		Map<String, String> form = new LinkedHashMap<>();
		String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
		for (String pair : text.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			if (nameAndValue.length == 2) {
				form.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
						URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
