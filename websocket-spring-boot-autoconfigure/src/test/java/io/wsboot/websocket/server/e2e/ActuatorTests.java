package io.wsboot.websocket.server.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import io.wsboot.websocket.OpenConnections;
import org.junit.jupiter.api.AfterEach;
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
 * The {@code websockets} actuator endpoint over HTTP: every endpoint with its settings and a live count
 * of its connections, and each endpoint's open connections by path or bean name.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=websockets")
class ActuatorTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	OpenConnections connections;

	@AfterEach
	void noConnectionLeft() {
		await().atMost(TIMEOUT).until(() -> this.connections.all().isEmpty());
	}

	@Test
	void listsEveryEndpointWithItsBeanSettingsAndEngine() {
		JsonNode body = get("/actuator/websockets", 200);
		assertThat(body.get("engine").asString()).isEqualTo(engine());
		JsonNode chat = endpoint(body, "/ws/chat/{room}");
		assertThat(chat.get("bean").asString()).isEqualTo("echoServices.ChatUpgrade");
		assertThat(chat.get("serviceClass").asString()).isEqualTo(EchoServices.ChatUpgrade.class.getName());
		assertThat(chat.get("openConnections").asInt()).isZero();
		JsonNode settings = chat.get("settings");
		assertThat(settings.get("subProtocols").toString()).isEqualTo("[\"chat.v2\",\"chat.v1\"]");
		assertThat(settings.get("maxFrameSize").asInt()).isEqualTo(65536);
		assertThat(settings.get("maxMessageSize").asLong()).isEqualTo(1048576);
		assertThat(settings.get("connectionClosureTimeout").asString()).isEqualTo("60s");
		assertThat(settings.get("idleTimeout").asString()).isEqualTo("0s");
		assertThat(settings.get("compressionEnabled").asBoolean()).isTrue();
		assertThat(settings.get("sendBufferOverflow").asString()).isEqualTo("CLOSE");
		assertThat(settings.get("maxConnections").asInt()).isZero();
	}

	@Test
	void countsAndListsOpenConnectionsWhileTheyAreOpen() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/echo")) {
			client.send("hello");
			assertThat(client.nextText()).isEqualTo("hello");
			await().atMost(TIMEOUT).until(() -> openConnections("/ws/echo") == 1);
			String id = this.connections.ofEndpoint("/ws/echo").get(0).id();
			await().atMost(TIMEOUT)
				.until(() -> get("/actuator/websockets/ws/echo", 200).get("connections").get(0).get("messagesOut")
					.asLong() == 1);
			JsonNode listed = get("/actuator/websockets/ws/echo", 200);
			assertThat(listed.get("path").asString()).isEqualTo("/ws/echo");
			assertThat(listed.get("bean").asString()).isEqualTo("echoServices.EchoUpgrade");
			assertThat(listed.get("connections")).hasSize(1);
			JsonNode connection = listed.get("connections").get(0);
			assertThat(connection.get("id").asString()).isEqualTo(id);
			assertThat(connection.get("remoteAddress").asString()).startsWith("127.0.0.1:");
			assertThat(connection.get("messagesIn").asLong()).isEqualTo(1);
			assertThat(Instant.parse(connection.get("openedAt").asString())).isBefore(Instant.now().plusSeconds(1));
			assertThat(connection.hasNonNull("subProtocol")).isFalse();
			assertThat(get("/actuator/websockets/echoServices.EchoUpgrade", 200)).isEqualTo(listed);
		}
		await().atMost(TIMEOUT).until(() -> openConnections("/ws/echo") == 0);
		assertThat(get("/actuator/websockets/ws/echo", 200).get("connections")).isEmpty();
	}

	@Test
	void showsTheAgreedSubProtocolOfAConnectionSelectedByBeanNameOrDeclaredPath() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/chat/lobby?nick=ann", "chat.v1")) {
			await().atMost(TIMEOUT).until(() -> openConnections("/ws/chat/{room}") == 1);
			JsonNode listed = get("/actuator/websockets/echoServices.ChatUpgrade", 200);
			assertThat(listed.get("connections").get(0).get("subProtocol").asString()).isEqualTo("chat.v1");
			JsonNode byPath = get("/actuator/websockets/ws/chat/%7Broom%7D", 200);
			assertThat(byPath.get("bean").asString()).isEqualTo("echoServices.ChatUpgrade");
			assertThat(byPath.get("connections").get(0).get("id"))
				.isEqualTo(listed.get("connections").get(0).get("id"));
		}
	}

	@Test
	void anUnknownEndpointIsNotFound() {
		get("/actuator/websockets/ws/nowhere", 404);
	}

	private int openConnections(String path) {
		return endpoint(get("/actuator/websockets", 200), path).get("openConnections").asInt();
	}

	private static JsonNode endpoint(JsonNode body, String path) {
		for (JsonNode endpoint : body.get("endpoints")) {
			if (endpoint.get("path").asString().equals(path)) {
				return endpoint;
			}
		}
		throw new AssertionError("no endpoint " + path + " in " + body);
	}

	private JsonNode get(String path, int expectedStatus) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(TIMEOUT)
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("status of GET %s: %s", path, response.body())
				.isEqualTo(expectedStatus);
			return (expectedStatus == 200) ? new JsonMapper().readTree(response.body()) : new JsonMapper().nullNode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String engine() {
		return switch (Container.current()) {
			case TOMCAT -> "tomcat";
			case JETTY -> "jetty";
			case REACTOR_NETTY -> "reactor-netty";
		};
	}

}
