package io.wsboot.websocket.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.server.EndpointObserver;
import io.wsboot.websocket.server.MappedEndpoints;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handshakes are observed only when the application has an {@link ObservationRegistry} bean.
 */
class HandshakeObservationConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketServletServerAutoConfiguration.class))
		.withUserConfiguration(EchoUpgrade.class);

	@Test
	void observesHandshakesWithTheApplicationsRegistry() {
		this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
			.run((context) -> assertThat(context.getBean(EndpointObserver.class))
				.isInstanceOf(MicrometerEndpointObserver.class));
	}

	@Test
	void observesNothingWithoutARegistryBean() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(EndpointObserver.class)).isSameAs(EndpointObserver.NONE);
			assertThat(context.getBean(MappedEndpoints.class).endpoints()).hasSize(1);
		});
	}

	@Test
	void backsOffWithoutMicrometerObservation() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class)).run((context) -> {
			assertThat(context).doesNotHaveBean(EndpointObserver.class);
			assertThat(context.getBean(MappedEndpoints.class).endpoints()).hasSize(1);
		});
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
