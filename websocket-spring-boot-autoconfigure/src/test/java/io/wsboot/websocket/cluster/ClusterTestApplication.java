package io.wsboot.websocket.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.RedisServer;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * One instance of a clustered application for the cluster tests: chat rooms at {@code /ws/room/{room}}
 * whose connections greet with their id and broadcast each text to their room with
 * {@code withPathVariable} (the nested {@code @WebSocketService}, registered as a member class); meters
 * in a {@link SimpleMeterRegistry}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
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

	@WebSocketService("/ws/room/{room}")
	static class RoomUpgrade implements UpgradeService {

		private final OpenConnections connections;

		RoomUpgrade(OpenConnections connections) {
			this.connections = connections;
		}

		@Override
		public RoomService get(HandshakeRequest request) {
			return new RoomService(this.connections, request.pathVariable("room"), request.queryParam("nick"));
		}

	}

	/** One member of a room: greets with its connection id, broadcasts each text to the room. */
	public static class RoomService implements Service {

		private final OpenConnections connections;

		private final String room;

		private final String nick;

		RoomService(OpenConnections connections, String room, String nick) {
			this.connections = connections;
			this.room = room;
			this.nick = nick;
		}

		public String onOpen(Caller caller) {
			caller.setAttribute("nick", this.nick);
			return caller.id();
		}

		public void onTextMessage(String text) {
			this.connections.broadcast(this.nick + ": " + text, this.connections.withPathVariable("room", this.room));
		}

	}

}
