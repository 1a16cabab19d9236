package io.wsboot.websocket.server.ping;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.server.e2e.Container;
import io.wsboot.websocket.server.e2e.JdkClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A server {@code onPing}: its return value is the pong on Jetty, whose API hands pings over; on
 * Tomcat, which answers pings itself, the application does not start and says why.
 */
class PingTests {

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PingApplication.class).properties("server.port=0").run();
	}

	@Test
	void onPingAnswersWithItsReturnValueWhereTheContainerDeliversPings() throws Exception {
		if (Container.current() == Container.TOMCAT) {
			assertThatException().isThrownBy(this::start)
				.havingRootCause()
				.withMessage(PingService.class.getName() + "#onPing(Caller, byte[]): onPing is not supported on "
						+ "Tomcat, which answers pings itself and never passes them on; remove onPing (pings are "
						+ "answered automatically with the same payload) or run on a transport that delivers pings");
			return;
		}
		try (ConfigurableApplicationContext context = start()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			try (JdkClient client = JdkClient.connect(port, "/ws/ping")) {
				client.webSocket().sendPing(ByteBuffer.wrap("beat".getBytes(StandardCharsets.UTF_8))).join();
				assertThat(new String(client.nextPong(), StandardCharsets.UTF_8)).isEqualTo("beat from onPing");
			}
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(PingService.class)
	static class PingApplication {

	}

	@WebSocketService("/ws/ping")
	static class PingService implements Service {

		public byte[] onPing(Caller caller, byte[] data) {
			return (new String(data, StandardCharsets.UTF_8) + " from onPing").getBytes(StandardCharsets.UTF_8);
		}

	}

}
