package io.wsboot.websocket.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wsboot.websocket.server.e2e.RoomServices;
import io.wsboot.websocket.testing.RedisServer;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * One instance of a clustered application for the cluster tests: the end-to-end suite's chat rooms at
 * {@code /ws/room/{room}} ({@link RoomServices}: each text goes to the room with {@code withPathVariable}),
 * and meters in a {@link SimpleMeterRegistry}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RoomServices.class)
class ClusterTestApplication {

	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	/**
	 * Starts an instance on a free port that shares the Redis.
	 * @param redis the Redis of the cluster
	 * @param properties more properties, as {@code name=value}
	 */
	static ConfigurableApplicationContext start(RedisServer redis, String... properties) {
		return new SpringApplicationBuilder(ClusterTestApplication.class)
			.properties("server.port=0", "spring.application.name=rooms", "websocket.cluster.enabled=true",
					"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
					"spring.data.redis.timeout=2s", "management.health.redis.enabled=false")
			.properties(properties)
			.run();
	}

	static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** Closes each of a test's instances and its Redis; one failure does not keep the others open. */
	static void closeAll(AutoCloseable... resources) {
		for (AutoCloseable each : resources) {
			try {
				if (each != null) {
					each.close();
				}
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
		}
	}

}
