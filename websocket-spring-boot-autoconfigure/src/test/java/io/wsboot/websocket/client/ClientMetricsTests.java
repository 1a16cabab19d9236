package io.wsboot.websocket.client;

import java.net.URI;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.RetryOptions;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.autoconfigure.WebSocketBindingAutoConfiguration;
import io.wsboot.websocket.autoconfigure.WebSocketClientAutoConfiguration;
import io.wsboot.websocket.testing.CuttableProxy;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The meters of the auto-configured {@link WsClient} when the application has a
 * {@link MeterRegistry}: open connections, messages each way and reconnections.
 */
class ClientMetricsTests extends SharedServerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketClientAutoConfiguration.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new);

	@Test
	void connectionsAndMessagesAreCounted() {
		this.contextRunner.run((context) -> {
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			WsClient client = context.getBean(WsClient.class);
			assertThat(meters.get("websocket.client.connections").gauge().value()).isZero();
			try (WsConnection connection = client.connect(fixture.server.url("/echo"))) {
				connection.writeTextMessage("one");
				connection.writeBinaryMessage(new byte[] { 2 });
				assertThat(connection.readTextMessage()).isEqualTo("one");
				assertThat(connection.readBinaryMessage()).containsExactly(2);
				assertThat(meters.get("websocket.client.connections").gauge().value()).isEqualTo(1);
				assertThat(meters.get("websocket.client.messages").tag("direction", "sent").counter().count())
					.isEqualTo(2);
				assertThat(meters.get("websocket.client.messages").tag("direction", "received").counter().count())
					.isEqualTo(2);
			}
			assertThat(meters.get("websocket.client.connections").gauge().value()).isZero();
		});
	}

	@Test
	void reconnectionsAreCounted() throws Exception {
		try (CuttableProxy proxy = CuttableProxy.to(URI.create(fixture.server.url("/echo")).getPort())) {
			this.contextRunner.run((context) -> {
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				WsClient client = context.getBean(WsClient.class);
				ConnectOptions retrying = client.options()
					.retry(new RetryOptions(5, Duration.ofMillis(50), 1.0, Duration.ofMillis(50)))
					.build();
				try (WsConnection connection = client.connect("ws://127.0.0.1:" + proxy.port() + "/echo", retrying)) {
					assertThat(meters.get("websocket.client.reconnects").counter().count()).isZero();
					proxy.cut();
					await().atMost(Duration.ofSeconds(10))
						.until(() -> meters.get("websocket.client.reconnects").counter().count() == 1);
					connection.writeTextMessage("after the reconnect");
					assertThat(connection.readTextMessage()).isEqualTo("after the reconnect");
				}
			});
		}
	}

}
