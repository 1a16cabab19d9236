package io.wsboot.websocket.server.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @NonBlocking} services: on Reactor Netty they run on the connection's event loop, on
 * Tomcat and Jetty on the container's threads as always; writes, returns and closes work on each.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class NonBlockingTests {

	private static final String EVENT_LOOP = "(webflux|reactor)-http-(epoll|nio)-\\d+";

	@LocalServerPort
	int port;

	@Test
	void runsOnTheEventLoopOnReactorNettyOnly() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/non-blocking")) {
			String open = client.nextText();
			client.send("thread");
			String thread = client.nextText();
			boolean reactorNetty = Container.current() == Container.REACTOR_NETTY;
			assertThat(thread.matches(EVENT_LOOP)).as(thread).isEqualTo(reactorNetty);
			if (reactorNetty) {
				assertThat(open).as("the connection's own event loop").isEqualTo("open on " + thread);
			}
		}
	}

	@Test
	void writesReturnsAndMessagesKeepTheirOrder() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/non-blocking")) {
			client.nextText();
			for (int i = 0; i < 200; i++) {
				client.send("m" + i);
			}
			for (int i = 0; i < 200; i++) {
				assertThat(client.nextText()).isEqualTo("written m" + i);
				assertThat(client.nextText()).isEqualTo("m" + i);
			}
		}
	}

	@Test
	void aCloseFromTheServiceReachesTheClient() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/non-blocking")) {
			client.nextText();
			client.send("close");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4001, "non-blocking bye"));
		}
	}

}
