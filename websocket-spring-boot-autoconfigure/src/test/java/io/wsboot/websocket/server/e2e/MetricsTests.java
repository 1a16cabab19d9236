package io.wsboot.websocket.server.e2e;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Micrometer meters of an endpoint, with a meter registry in the application.
 */
@SpringBootTest(classes = { TestApplication.class, MetricsTests.Meters.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
class MetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	private double count(String name, String... tags) {
		return this.meters.get(name).tags(tags).counter().count();
	}

	private double openConnections() {
		return this.meters.get("websocket.server.connections").tags("endpoint", "/ws/echo").gauge().value();
	}

	@Test
	void countsConnectionsMessagesClosesAndErrors() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/echo")) {
			await().atMost(Duration.ofSeconds(10)).until(() -> openConnections() == 1);
			client.send("one");
			client.nextText();
			client.send("two");
			client.nextText();
			assertThat(count("websocket.server.messages", "endpoint", "/ws/echo", "direction", "in")).isEqualTo(2);
			// the echo can reach the client before the write that sent it has returned and been counted
			await().atMost(Duration.ofSeconds(10))
				.until(() -> count("websocket.server.messages", "endpoint", "/ws/echo", "direction", "out") == 2);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> openConnections() == 0);
		assertThat(count("websocket.server.closes", "endpoint", "/ws/echo", "code", "1000")).isEqualTo(1);
		try (JdkClient client = JdkClient.connect(this.port, "/ws/orders")) {
			client.send("not an order");
			client.awaitClose();
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("websocket.server.errors", "endpoint", "/ws/orders", "exception",
					"PayloadBindingException") == 1);
	}

	@Configuration(proxyBeanMethods = false)
	static class Meters {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
