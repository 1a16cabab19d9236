package io.wsboot.websocket.autoconfigure;

import java.time.Duration;

import io.wsboot.websocket.server.ServerShutdown;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shutdown of the server's connections as configured: present on both stacks, stopped before
 * the web server's graceful shutdown and the web server, bounded by Spring's shutdown phase
 * timeout; and the start-up check of {@code websocket.server.max-connections}.
 */
class ServerShutdownLifecycleTests {

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(WebSocketBindingAutoConfiguration.class, WebSocketServletServerAutoConfiguration.class));

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketReactiveServerAutoConfiguration.class));

	@Test
	void stopsBeforeTheWebServersGracefulShutdownAndTheWebServer() {
		this.servlet.run((context) -> {
			assertThat(context).hasSingleBean(ServerShutdown.class);
			int phase = context.getBean(ServerShutdownLifecycle.class).getPhase();
			assertThat(phase).isGreaterThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE)
				.isGreaterThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
		});
	}

	@Test
	void isPresentOnTheReactiveStack() {
		this.reactive.run((context) -> {
			assertThat(context).hasSingleBean(ServerShutdown.class);
			assertThat(context).hasSingleBean(ServerShutdownLifecycle.class);
		});
	}

	@Test
	void takesSpringsShutdownPhaseTimeoutThirtySecondsByDefault() {
		this.servlet.run((context) -> assertThat(context.getBean(ServerShutdownLifecycle.class))
			.extracting("timeout")
			.isEqualTo(Duration.ofSeconds(30)));
		this.servlet.withPropertyValues("spring.lifecycle.timeout-per-shutdown-phase=5s")
			.run((context) -> assertThat(context.getBean(ServerShutdownLifecycle.class))
				.extracting("timeout")
				.isEqualTo(Duration.ofSeconds(5)));
	}

	@Test
	void closingTheContextStartsTheShutdown() {
		ServerShutdown[] shutdown = new ServerShutdown[1];
		this.servlet.run((context) -> shutdown[0] = context.getBean(ServerShutdown.class));
		assertThat(shutdown[0].started()).isTrue();
	}

	@Test
	void aStoppedContextStartedAgainAdmitsHandshakesAgain() {
		this.servlet.run((context) -> {
			ServerShutdown shutdown = context.getBean(ServerShutdown.class);
			context.stop();
			assertThat(shutdown.started()).isTrue();
			context.start();
			assertThat(shutdown.started()).isFalse();
		});
	}

	@Test
	void negativeMaxConnectionsFailsStartUpNamingTheProperty() {
		this.servlet.withPropertyValues("websocket.server.max-connections=-1")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("'websocket.server.max-connections' must be 0 (no limit) or positive but was -1"));
	}

}
