package io.wsboot.websocket.autoconfigure;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.wsboot.websocket.cluster.ClusterMessageCodec;
import io.wsboot.websocket.cluster.ClusterMetrics;
import io.wsboot.websocket.cluster.RedisPublisher;
import io.wsboot.websocket.cluster.RedisSubscriber;
import io.wsboot.websocket.cluster.RedisSubscription;
import io.wsboot.websocket.server.ConnectionRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Auto-configuration of cluster mode ({@code websocket.cluster.enabled=true}): broadcasts to the
 * connections a lookup of {@code OpenConnections} chose reach the matching connections of every
 * instance, through Redis pub/sub on the application's {@code RedisConnectionFactory}. Off by
 * default; nothing of Redis is touched unless it is on.
 */
@AutoConfiguration(after = { WebSocketServletServerAutoConfiguration.class,
		WebSocketReactiveServerAutoConfiguration.class },
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnBooleanProperty("websocket.cluster.enabled")
@ConditionalOnBean(ConnectionRegistry.class)
@EnableConfigurationProperties(WebSocketClusterProperties.class)
public final class WebSocketClusterAutoConfiguration {

	private static final String REDIS_CONNECTION_FACTORY = "org.springframework.data.redis.connection."
			+ "RedisConnectionFactory";

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = REDIS_CONNECTION_FACTORY)
	static class RedisClusterConfiguration {

		@Bean
		ClusterInstance webSocketClusterInstance(WebSocketClusterProperties properties, Environment environment) {
			String channel = properties.getChannel();
			if (channel == null) {
				channel = "wsboot:" + environment.getProperty("spring.application.name", "application");
			}
			return new ClusterInstance(UUID.randomUUID().toString(), channel);
		}

		@Bean
		ClusterMessageCodec webSocketClusterMessageCodec() {
			return new ClusterMessageCodec(getClass().getClassLoader());
		}

		@Bean(destroyMethod = "close")
		RedisPublisher webSocketClusterPublisher(RedisConnectionFactory connectionFactory,
				WebSocketClusterProperties properties, ClusterInstance instance, ClusterMessageCodec codec,
				ObjectProvider<ClusterMetrics> metrics) {
			if (properties.isFailFast()) {
				checkReachable(connectionFactory, instance);
			}
			return new RedisPublisher(connectionFactory, instance.channel(), instance.id(), codec,
					metrics.getIfAvailable(() -> ClusterMetrics.NONE));
		}

		@Bean
		RedisSubscriber webSocketClusterSubscriber(ConnectionRegistry registry, ClusterInstance instance,
				ClusterMessageCodec codec, ObjectProvider<ClusterMetrics> metrics) {
			return new RedisSubscriber(registry, instance.id(), codec,
					metrics.getIfAvailable(() -> ClusterMetrics.NONE));
		}

		@Bean
		RedisSubscription webSocketClusterSubscription(RedisConnectionFactory connectionFactory,
				RedisSubscriber subscriber, ClusterInstance instance) {
			return new RedisSubscription(connectionFactory, instance.channel(), subscriber);
		}

		private static void checkReachable(RedisConnectionFactory connectionFactory, ClusterInstance instance) {
			try (RedisConnection connection = connectionFactory.getConnection()) {
				connection.ping();
			}
			catch (RuntimeException ex) {
				throw new ClusterStartupException(
						"websocket.cluster.enabled is true, but Redis (spring.data.redis.*) cannot be reached for channel '"
								+ instance.channel() + "': " + ex.getMessage(),
						"Start Redis or correct spring.data.redis.host and spring.data.redis.port; or set "
								+ "websocket.cluster.fail-fast=false to start without Redis (broadcasts then stay "
								+ "on this instance until Redis can be reached).",
						ex);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass(REDIS_CONNECTION_FACTORY)
	static class MissingRedisConfiguration {

		@Bean
		ClusterInstance webSocketClusterInstance() {
			throw new ClusterStartupException(
					"websocket.cluster.enabled is true, but Spring Data Redis is not on the class path",
					"Add org.springframework.boot:spring-boot-starter-data-redis to the application, or remove "
							+ "websocket.cluster.enabled.");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class ClusterMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ClusterMetrics webSocketClusterMetrics(ObjectProvider<MeterRegistry> registry) {
			MeterRegistry meters = registry.getIfAvailable();
			return (meters != null) ? new MicrometerClusterMetrics(meters) : ClusterMetrics.NONE;
		}

	}

	/**
	 * This instance of the application in the cluster.
	 * @param id a random id, carried by each message it sends, so that it ignores its own
	 * @param channel the Redis channel of the application
	 */
	record ClusterInstance(String id, String channel) {
	}

}
