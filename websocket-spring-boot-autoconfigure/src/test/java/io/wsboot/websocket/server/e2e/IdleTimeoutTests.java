package io.wsboot.websocket.server.e2e;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code onIdleTimeout} after each idle period; the connection stays open unless it returns a
 * close frame.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class IdleTimeoutTests {

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents log;

	private final String tag = UUID.randomUUID().toString();

	@Test
	void firesAfterEachIdlePeriodKeepsTheConnectionUsableAndClosesWhenItReturnsACloseFrame() throws Exception {
		long start = System.nanoTime();
		try (JdkClient client = JdkClient.connect(this.port, "/ws/idle?tag=" + this.tag)) {
			assertThat(this.log.next(this.tag)).isEqualTo("idle:1 open=true");
			assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
			client.send("still here");
			assertThat(client.nextText()).isEqualTo("still here");
			assertThat(this.log.next(this.tag)).isEqualTo("idle:2 open=true");
			assertThat(this.log.next(this.tag)).isEqualTo("idle:3 open=true");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4010, "idle too long"));
		}
	}

	@Test
	void trafficPostponesTheIdleCallback() throws Exception {
		ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
		try (JdkClient client = JdkClient.connect(this.port, "/ws/idle?tag=" + this.tag)) {
			int messages = 8;
			for (int i = 0; i < messages; i++) {
				String text = "beat " + i;
				sender.schedule(() -> client.send(text), 250L * i, TimeUnit.MILLISECONDS);
			}
			for (int i = 0; i < messages; i++) {
				assertThat(client.nextText()).isEqualTo("beat " + i);
			}
			assertThat(this.log.queue(this.tag)).as("no idle callback during 1.75 s of traffic").isEmpty();
			assertThat(this.log.next(this.tag)).isEqualTo("idle:1 open=true");
		}
		finally {
			sender.shutdownNow();
		}
	}

}
