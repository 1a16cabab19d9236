package io.wsboot.sample.aot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reflection hints the build's AOT processing wrote for a native image
 * ({@code META-INF/native-image/…/reachability-metadata.json}): every service of the sample with the
 * methods wsboot calls, and every type bound to or from JSON, including the chat's broadcast events.
 */
class NativeHintsTests {

	private static final Path METADATA = Path.of(
			"target/classes/META-INF/native-image/io.wsboot/sample-app/reachability-metadata.json");

	@Test
	void servicesHaveTheirPublicMethods() throws IOException {
		Map<String, JsonNode> hints = reflectionHints();
		for (String service : new String[] { "io.wsboot.sample.echo.EchoUpgrade", "io.wsboot.sample.echo.EchoService",
				"io.wsboot.sample.chat.ChatUpgrade", "io.wsboot.sample.chat.ChatService",
				"io.wsboot.sample.orders.OrdersService", "io.wsboot.sample.secure.SecureEchoService" }) {
			assertThat(hints).as(service).containsKey(service);
			assertThat(hints.get(service).path("allPublicMethods").asBoolean()).as(service).isTrue();
		}
	}

	@Test
	void payloadTypesAreBindable() throws IOException {
		Map<String, JsonNode> hints = reflectionHints();
		for (String payload : new String[] { "io.wsboot.sample.orders.Order", "io.wsboot.sample.orders.OrderAck",
				"io.wsboot.sample.chat.ChatMessage", "io.wsboot.sample.chat.ChatEvent" }) {
			assertThat(hints).as(payload).containsKey(payload);
			assertThat(hints.get(payload).path("allDeclaredConstructors").asBoolean()).as(payload).isTrue();
			assertThat(hints.get(payload).path("methods")).as(payload + " accessors").isNotEmpty();
		}
	}

	private static Map<String, JsonNode> reflectionHints() throws IOException {
		assertThat(METADATA).as("written by spring-boot:process-aot").exists();
		Map<String, JsonNode> byType = new HashMap<>();
		for (JsonNode hint : new JsonMapper().readTree(Files.readString(METADATA)).path("reflection")) {
			// Proxy hints ({"type": {"proxy": [...]}}, such as Spring Data Redis's) name no single type.
			if (hint.path("type").isString()) {
				byType.put(hint.path("type").asString(), hint);
			}
		}
		return byType;
	}

}
