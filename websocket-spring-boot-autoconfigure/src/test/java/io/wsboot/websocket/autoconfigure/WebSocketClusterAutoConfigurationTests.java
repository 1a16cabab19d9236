package io.wsboot.websocket.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.autoconfigure.WebSocketClusterAutoConfiguration.ClusterInstance;
import io.wsboot.websocket.cluster.ClusterMetrics;
import io.wsboot.websocket.cluster.RedisPublisher;
import io.wsboot.websocket.cluster.RedisSubscriber;
import io.wsboot.websocket.cluster.RedisSubscription;
import io.wsboot.websocket.server.ConnectionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cluster mode is off unless {@code websocket.cluster.enabled} turns it on; then it needs Spring Data
 * Redis, and by default a Redis it can reach at start-up.
 */
class WebSocketClusterAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketServletServerAutoConfiguration.class, DataRedisAutoConfiguration.class,
				WebSocketClusterAutoConfiguration.class))
		.withUserConfiguration(EchoUpgrade.class)
		.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + unusedPort(),
				"spring.data.redis.timeout=1s");

	@Test
	void isOffByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ConnectionRegistry.class);
			assertThat(context).doesNotHaveBean(RedisPublisher.class)
				.doesNotHaveBean(RedisSubscriber.class)
				.doesNotHaveBean(RedisSubscription.class);
		});
	}

	@Test
	void isOffByDefaultWithoutSpringDataRedisOnTheClassPath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ConnectionRegistry.class));
	}

	@Test
	void whenEnabledWithoutSpringDataRedisStartUpFailsNamingTheStarter() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.withPropertyValues("websocket.cluster.enabled=true")
			.run((context) -> {
				assertThat(context).hasFailed();
				ClusterStartupException failure = rootCause(context.getStartupFailure());
				assertThat(failure)
					.hasMessage("websocket.cluster.enabled is true, but Spring Data Redis is not on the class path");
				assertThat(analysis(failure).getAction())
					.startsWith("Add org.springframework.boot:spring-boot-starter-data-redis");
			});
	}

	@Test
	void whenEnabledAndRedisCannotBeReachedStartUpFailsNamingTheProperties() {
		this.contextRunner.withPropertyValues("websocket.cluster.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			ClusterStartupException failure = rootCause(context.getStartupFailure());
			assertThat(failure.getMessage()).startsWith("websocket.cluster.enabled is true, but Redis "
					+ "(spring.data.redis.*) cannot be reached for channel 'wsboot:application': ");
			assertThat(analysis(failure).getAction()).contains("websocket.cluster.fail-fast=false");
		});
	}

	@Test
	void withoutFailFastStartsWhileRedisCannotBeReached() {
		this.contextRunner
			.withPropertyValues("websocket.cluster.enabled=true", "websocket.cluster.fail-fast=false",
					"spring.application.name=chat")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(RedisPublisher.class)
					.hasSingleBean(RedisSubscriber.class)
					.hasSingleBean(RedisSubscription.class);
				assertThat(context.getBean(ClusterInstance.class).channel()).isEqualTo("wsboot:chat");
				assertThat(context.getBean(ConnectionRegistry.class)).isNotNull();
			});
	}

	@Test
	void backsOffToTheApplicationsClusterMetrics() {
		ClusterMetrics custom = new ClusterMetrics() {
		};
		this.contextRunner
			.withPropertyValues("websocket.cluster.enabled=true", "websocket.cluster.fail-fast=false")
			.withBean(ClusterMetrics.class, () -> custom)
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> assertThat(context.getBean(ClusterMetrics.class)).isSameAs(custom));
	}

	@Test
	void channelCanBeSet() {
		this.contextRunner
			.withPropertyValues("websocket.cluster.enabled=true", "websocket.cluster.fail-fast=false",
					"websocket.cluster.channel=acme:chat")
			.run((context) -> assertThat(context.getBean(ClusterInstance.class).channel()).isEqualTo("acme:chat"));
	}

	@Test
	void backsOffWithoutAWebSocketServer() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
					WebSocketClusterAutoConfiguration.class))
			.withPropertyValues("websocket.cluster.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(RedisPublisher.class)
				.hasSingleBean(RedisConnectionFactory.class));
	}

	private static ClusterStartupException rootCause(Throwable failure) {
		Throwable cause = failure;
		while (!(cause instanceof ClusterStartupException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(ClusterStartupException.class);
		return (ClusterStartupException) cause;
	}

	private static FailureAnalysis analysis(ClusterStartupException failure) {
		FailureAnalysis analysis = new ClusterStartupFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
		return analysis;
	}

	private static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
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
