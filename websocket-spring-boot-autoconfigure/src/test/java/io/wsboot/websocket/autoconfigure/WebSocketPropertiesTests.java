package io.wsboot.websocket.autoconfigure;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code websocket.*} defaults of DESIGN.md §3 and their relaxed forms.
 */
class WebSocketPropertiesTests {

	private WebSocketProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values))
			.bind("websocket", Bindable.ofInstance(new WebSocketProperties()))
			.orElseGet(WebSocketProperties::new);
	}

	@Test
	void defaults() {
		WebSocketServerProperties server = new WebSocketProperties().getServer();
		assertThat(server.getConnectionClosureTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(server.getAllowedOrigins()).isEmpty();
	}

	@Test
	void relaxedValues() {
		WebSocketProperties properties = bind(Map.of("websocket.server.connection-closure-timeout", "500ms",
				"websocket.server.allowed-origins", "https://a.example, https://*.b.example"));
		assertThat(properties.getServer().getConnectionClosureTimeout()).isEqualTo(Duration.ofMillis(500));
		assertThat(properties.getServer().getAllowedOrigins()).containsExactly("https://a.example",
				"https://*.b.example");
	}

	@Test
	void maxConnectionsDefaultsToNoLimit() {
		assertThat(new WebSocketProperties().getServer().getMaxConnections()).isZero();
		assertThat(bind(Map.of("websocket.server.max-connections", "500")).getServer().getMaxConnections())
			.isEqualTo(500);
	}

}
