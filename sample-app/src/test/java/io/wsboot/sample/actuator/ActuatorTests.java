package io.wsboot.sample.actuator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.wsboot.sample.WsTestClient;
import io.wsboot.websocket.OpenConnections;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample exposes {@code /actuator/websockets}, which counts and lists live connections, and
 * {@code /actuator/health}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActuatorTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	OpenConnections connections;

	@Test
	void websocketsShowsALiveCountAndTheOpenConnection() throws Exception {
		JsonNode before = get("/actuator/websockets");
		assertThat(before.get("engine").asString()).isEqualTo("tomcat");
		assertThat(paths(before)).contains("/ws/echo", "/ws/chat/{room}", "/ws/orders");
		assertThat(echo(before).get("openConnections").asInt()).isZero();
		try (WsTestClient client = WsTestClient.connect(this.port, "/ws/echo")) {
			client.send("hello");
			assertThat(client.next()).isEqualTo("hello");
			await().atMost(TIMEOUT).until(() -> echo(get("/actuator/websockets")).get("openConnections").asInt() == 1);
			String id = this.connections.ofEndpoint("/ws/echo").get(0).id();
			JsonNode open = get("/actuator/websockets/ws/echo").get("connections");
			assertThat(open).hasSize(1);
			assertThat(open.get(0).get("id").asString()).isEqualTo(id);
			assertThat(open.get(0).get("messagesIn").asLong()).isEqualTo(1);
		}
		await().atMost(TIMEOUT).until(() -> echo(get("/actuator/websockets")).get("openConnections").asInt() == 0);
		assertThat(get("/actuator/websockets/ws/echo").get("connections")).isEmpty();
	}

	@Test
	void websocketsNamesTheUserOfAnAuthenticatedConnection() throws Exception {
		try (WsTestClient client = WsTestClient.connectAs("alice", "alice-password", this.port, "/ws/secure/echo")) {
			assertThat(client.handshake()).isEqualTo("101");
			await().atMost(TIMEOUT)
				.until(() -> get("/actuator/websockets/ws/secure/echo").get("connections").size() == 1);
			JsonNode connection = get("/actuator/websockets/ws/secure/echo").get("connections").get(0);
			assertThat(connection.get("principal").asString()).isEqualTo("alice");
		}
	}

	@Test
	void healthIsUp() {
		assertThat(get("/actuator/health").get("status").asString()).isEqualTo("UP");
	}

	private static List<String> paths(JsonNode body) {
		return body.get("endpoints").valueStream().map((endpoint) -> endpoint.get("path").asString()).toList();
	}

	private static JsonNode echo(JsonNode body) {
		return body.get("endpoints")
			.valueStream()
			.filter((endpoint) -> endpoint.get("path").asString().equals("/ws/echo"))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(TIMEOUT)
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("status of GET %s: %s", path, response.body()).isEqualTo(200);
			return new JsonMapper().readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
