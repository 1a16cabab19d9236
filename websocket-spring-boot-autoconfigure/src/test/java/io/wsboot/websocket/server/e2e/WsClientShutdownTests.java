package io.wsboot.websocket.server.e2e;

import java.util.concurrent.atomic.AtomicReference;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.autoconfigure.WebSocketBindingAutoConfiguration;
import io.wsboot.websocket.autoconfigure.WebSocketClientAutoConfiguration;
import io.wsboot.websocket.server.shutdown.ShutdownApplication;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured {@link WsClient} closes its connections, and those of its variants, with
 * 1001 {@code "Client shutting down"} when its application context closes: the server's service
 * hears it in {@code onClose}.
 */
class WsClientShutdownTests {

	private final ConfigurableApplicationContext server = ShutdownApplication.start();

	private final int port = ShutdownApplication.port(this.server);

	private final ServiceEvents events = this.server.getBean(ServiceEvents.class);

	private final ApplicationContextRunner clientApplication = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(WebSocketBindingAutoConfiguration.class, WebSocketClientAutoConfiguration.class));

	@AfterEach
	void closeServer() {
		this.server.close();
	}

	@Test
	void closingTheClientsContextClosesItsConnectionsWithGoingAway() throws Exception {
		AtomicReference<WsConnection> plain = new AtomicReference<>();
		AtomicReference<WsConnection> variant = new AtomicReference<>();
		this.clientApplication.run((context) -> {
			WsClient client = context.getBean(WsClient.class);
			plain.set(client.connect("ws://127.0.0.1:" + this.port + "/ws/shutdown/echo?tag=plain"));
			variant.set(client.with(ConnectOptions.builder().build())
				.connect("ws://127.0.0.1:" + this.port + "/ws/shutdown/echo?tag=variant"));
			plain.get().writeTextMessage("open");
			assertThat(plain.get().readTextMessage()).isEqualTo("open");
		});
		assertThat(this.events.next("plain")).isEqualTo("close 1001 Client shutting down");
		assertThat(this.events.next("variant")).isEqualTo("close 1001 Client shutting down");
		assertThat(plain.get().isOpen()).isFalse();
		assertThat(variant.get().isOpen()).isFalse();
	}

}
