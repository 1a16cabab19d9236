package io.wsboot.websocket.autoconfigure;

import java.util.List;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.actuate.WebSocketsEndpoint;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.server.ConnectionRegistry;
import io.wsboot.websocket.server.MappedEndpoints;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code websockets} actuator endpoint: there when the actuator is, the server is configured and
 * the endpoint is exposed; gone otherwise, and replaced by the user's own bean.
 */
class WebSocketsEndpointAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketServletServerAutoConfiguration.class, EndpointAutoConfiguration.class,
				WebSocketsEndpointAutoConfiguration.class))
		.withUserConfiguration(EchoUpgrade.class);

	@Test
	void providesTheEndpointWhenExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=websockets")
			.run((context) -> {
				assertThat(context).hasSingleBean(WebSocketsEndpoint.class);
				WebSocketsEndpoint.WebSocketsDescriptor described = context.getBean(WebSocketsEndpoint.class)
					.websockets();
				assertThat(described.engine()).isEqualTo("tomcat");
				assertThat(described.endpoints()).singleElement().satisfies((endpoint) -> {
					assertThat(endpoint.path()).isEqualTo("/ws/echo");
					assertThat(endpoint.bean()).isEqualTo(context.getBeanNamesForType(EchoUpgrade.class)[0]);
					assertThat(endpoint.serviceClass()).isEqualTo(EchoUpgrade.class.getName());
					assertThat(endpoint.openConnections()).isZero();
					assertThat(endpoint.settings().idleTimeout()).isEqualTo("0s");
					assertThat(endpoint.settings().connectionClosureTimeout()).isEqualTo("60s");
					assertThat(endpoint.settings().maxFrameSize()).isEqualTo(65536);
				});
			});
	}

	@Test
	void effectiveSettingsFollowTheProperties() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=websockets",
					"websocket.server.idle-timeout=1500ms", "websocket.server.compression-enabled=false",
					"websocket.server.max-connections=7")
			.run((context) -> assertThat(context.getBean(WebSocketsEndpoint.class).websockets().endpoints())
				.singleElement()
				.satisfies((endpoint) -> {
					assertThat(endpoint.settings().idleTimeout()).isEqualTo("1500ms");
					assertThat(endpoint.settings().compressionEnabled()).isFalse();
					assertThat(endpoint.settings().maxConnections()).isEqualTo(7);
				}));
	}

	@Test
	void backsOffWhenNotExposed() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(MappedEndpoints.class);
			assertThat(context).doesNotHaveBean(WebSocketsEndpoint.class);
		});
	}

	@Test
	void backsOffWithoutTheActuator() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=websockets")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(MappedEndpoints.class);
				assertThat(context).doesNotHaveBean(WebSocketsEndpoint.class);
			});
	}

	@Test
	void backsOffWithoutAWebSocketServer() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
					WebSocketServletServerAutoConfiguration.class, EndpointAutoConfiguration.class,
					WebSocketsEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=websockets")
			.run((context) -> assertThat(context).doesNotHaveBean(WebSocketsEndpoint.class));
	}

	@Test
	void backsOffToTheUsersEndpoint() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=websockets")
			.withBean("custom", WebSocketsEndpoint.class,
					() -> new WebSocketsEndpoint(new MappedEndpoints("Tomcat", true, List.of()),
							new ConnectionRegistry(new PayloadBinder(new JsonMapper()))))
			.run((context) -> assertThat(context).getBeanNames(WebSocketsEndpoint.class).containsExactly("custom"));
	}

	@WebSocketService("/ws/echo")
	static class EchoUpgrade implements UpgradeService {

		@Override
		public Service get(HandshakeRequest request) {
			return new Service() {
			};
		}

	}

}
