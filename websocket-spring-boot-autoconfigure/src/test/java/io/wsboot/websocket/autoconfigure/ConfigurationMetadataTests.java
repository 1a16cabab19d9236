package io.wsboot.websocket.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code websocket.*} property, and those Boot generates for the {@code websockets} actuator endpoint
 * ({@code management.endpoint.websockets.*}), has a description in the generated metadata, for IDE completion, and
 * the default there is the one the README's property table states, written the same way ({@code 64KB}).
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

	@Test
	void everyDefaultIsTheOneTheReadmeStates() throws IOException {
		Map<String, String> readmeDefaults = new HashMap<>();
		Matcher row = Pattern.compile("(?m)^\\| `(websocket\\.[a-z.-]+)` \\| `([^`]*)`")
			.matcher(Files.readString(Path.of("../README.md")));
		while (row.find()) {
			readmeDefaults.put(row.group(1), row.group(2));
		}
		try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			for (JsonNode property : new JsonMapper().readTree(metadata).get("properties")) {
				JsonNode defaultValue = property.path("defaultValue");
				String name = property.get("name").asString();
				if (name.startsWith("websocket.") && !defaultValue.isMissingNode() && !defaultValue.isNull()) {
					String readme = readmeDefaults.get(name);
					assertThat(readme).as("README's default of %s", name).isNotNull();
					if (defaultValue.isNumber()) {
						assertThat(Double.parseDouble(readme)).as("README's default of %s", name)
							.isEqualTo(defaultValue.asDouble());
					}
					else {
						assertThat(readme).as("README's default of %s", name).isEqualTo(defaultValue.asString());
					}
				}
			}
		}
	}

	@Test
	void everyAutoConfigurationHasPrecomputedConditionsSoThatBootSkipsItWithoutLoadingIt() throws IOException {
		Properties conditions = new Properties();
		Path written = Path.of("target/classes/META-INF/spring-autoconfigure-metadata.properties");
		assertThat(written).as("written by spring-boot-autoconfigure-processor").exists();
		try (InputStream metadata = Files.newInputStream(written)) {
			conditions.load(metadata);
		}
		List<String> autoConfigurations = Files.readAllLines(Path.of(
				"src/main/resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"));
		assertThat(autoConfigurations).isNotEmpty().allSatisfy((name) -> assertThat(conditions).containsKey(name));
		assertThat(conditions).containsEntry(WebSocketSecurityAutoConfiguration.class.getName() + ".ConditionalOnClass",
				"org.springframework.security.core.context.SecurityContextHolder");
	}

}
