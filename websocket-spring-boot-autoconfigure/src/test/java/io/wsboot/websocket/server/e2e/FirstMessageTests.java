package io.wsboot.websocket.server.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.testing.OkHttpTestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first message of a client that sends as soon as the handshake is done arrives, with and
 * without compression, from a client that offers permessage-deflate: on a freshly started server,
 * where the handshake runs slowest, and with many clients at once, whose handshakes compete for the
 * workers. Reactor Netty once dropped a frame read between the write of the 101 and its switch of
 * the channel to the WebSocket, a race this test lost in about one run in three before the fix.
 */
class FirstMessageTests {

	/** Fresh starts per setting: the loss was seen in most cold starts, rarely once warm. */
	private static final int STARTS = 3;

	/** Clients that connect at once on each start. */
	private static final int CLIENTS = 16;

	private static final String MESSAGE = "m".repeat(100);

	@ParameterizedTest(name = "compression-enabled={0}")
	@ValueSource(booleans = { false, true })
	void firstMessageAfterStartUpIsEchoed(boolean compression) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int start = 1; start <= STARTS; start++) {
				try (ConfigurableApplicationContext context = start(compression)) {
					int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
					List<Future<Object>> echoes = new ArrayList<>();
					for (int client = 0; client < CLIENTS; client++) {
						echoes.add(clients.submit(() -> sendAtOnce(port)));
					}
					for (Future<Object> echo : echoes) {
						assertThat(echo.get(30, TimeUnit.SECONDS)).as("echo on start %d", start).isEqualTo(MESSAGE);
					}
				}
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	private static Object sendAtOnce(int port) throws InterruptedException {
		try (OkHttpTestClient client = OkHttpTestClient.connect(port, "/ws/echo")) {
			client.send(MESSAGE);
			return client.nextMessage();
		}
	}

	private static ConfigurableApplicationContext start(boolean compression) {
		return new SpringApplicationBuilder(TestApplication.class)
			.properties("server.port=0", "websocket.server.compression-enabled=" + compression)
			.run();
	}

}
