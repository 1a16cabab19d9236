package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.server.MappedEndpoints;
import io.wsboot.websocket.server.TransportCapabilities;
import org.junit.jupiter.api.Test;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration of {@code @WebSocketService} beans in a reactive application.
 */
class WebSocketReactiveServerAutoConfigurationTests {

	private final ReactiveWebApplicationContextRunner contextRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketReactiveServerAutoConfiguration.class, WebSocketServletServerAutoConfiguration.class));

	@Test
	void mapsEachServiceOnTheReactiveTransportOnly() {
		this.contextRunner.withUserConfiguration(Echo.class).run((context) -> {
			assertThat(context).hasSingleBean(SimpleUrlHandlerMapping.class);
			assertThat(context.getBean(SimpleUrlHandlerMapping.class).getUrlMap()).containsOnlyKeys("/ws/echo");
			assertThat(context).doesNotHaveBean(WebSocketHandlerMapping.class);
			assertThat(context).hasSingleBean(OpenConnections.class);
			assertThat(context.getBean(TransportCapabilities.class).deliversPings()).isTrue();
		});
	}

	@Test
	void theApplicationsOwnMappingReplacesTheEndpointRegistration() {
		SimpleUrlHandlerMapping own = new SimpleUrlHandlerMapping();
		this.contextRunner.withUserConfiguration(Echo.class)
			.withBean("webSocketServiceHandlerMapping", SimpleUrlHandlerMapping.class, () -> own)
			.run((context) -> {
				assertThat(context.getBean(SimpleUrlHandlerMapping.class)).isSameAs(own);
				assertThat(context.getBean(MappedEndpoints.class).endpoints()).hasSize(1);
			});
	}

	@Test
	void backsOffWithoutReactorNetty() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HttpServer.class))
			.withUserConfiguration(Echo.class)
			.run((context) -> assertThat(context).doesNotHaveBean(SimpleUrlHandlerMapping.class));
	}

	@Test
	void badPropertyFailsStartUpNamingIt() {
		this.contextRunner.withUserConfiguration(Echo.class)
			.withPropertyValues("websocket.server.max-frame-size=0B")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("'websocket.server.max-frame-size' must be positive but was 0B"));
	}

	@WebSocketService("/ws/echo")
	static class Echo implements Service {

		public String onTextMessage(String text) {
			return text;
		}

	}

}
