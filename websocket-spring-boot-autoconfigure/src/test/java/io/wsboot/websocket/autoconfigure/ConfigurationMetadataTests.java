package io.wsboot.websocket.autoconfigure;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code websocket.*} property, and those Boot generates for the {@code websockets} actuator endpoint
 * ({@code management.endpoint.websockets.*}), has a description in the generated metadata, for IDE completion.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyIsDescribed() throws IOException {
		try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(metadata).isNotNull();
			JsonNode properties = new JsonMapper().readTree(metadata).get("properties");
			assertThat(properties).isNotEmpty();
			for (JsonNode property : properties) {
				assertThat(property.get("name").asString())
					.matches("(websocket|management\\.endpoint\\.websockets)\\..+");
				assertThat(property.path("description").asString("")).as(property.get("name").asString()).isNotBlank();
			}
		}
	}

}
