package io.wsboot.sample.shutdown;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.wsboot.sample.SampleProcess;
import io.wsboot.sample.WsTestClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of graceful shutdown: the sample application runs in its own JVM, clients of
 * the echo and chat endpoints are connected, the process gets SIGTERM ({@link Process#destroy()} on
 * Linux), and every client receives the close frame 1001 {@code "Server shutting down"} before the
 * process ends. The JVM then exits with 143 (128 + SIGTERM's 15), as any JVM ended by a signal does
 * once its shutdown hooks (Spring Boot's closes the context) have run.
 */
class SigtermTests {

	private static final String GOING_AWAY = "1001 Server shutting down";

	@Test
	void sigtermGivesEveryClientAGoingAwayCloseFrame() throws Exception {
		try (SampleProcess sample = SampleProcess.start()) {
			int port = sample.port();
			WsTestClient echo = WsTestClient.connect(port, "/ws/echo");
			WsTestClient ann = WsTestClient.connect(port, "/ws/chat/lobby?nick=ann");
			WsTestClient bob = WsTestClient.connect(port, "/ws/chat/lobby?nick=bob");
			echo.send("still there?");
			assertThat(echo.next()).isEqualTo("still there?");
			assertThat(ann.next()).contains("\"type\":\"join\"");
			assertThat(bob.next()).contains("\"type\":\"join\"");
			sample.process().destroy();
			assertThat(List.of(echo.awaitClose(), ann.awaitClose(), bob.awaitClose())).as(sample::output)
				.containsOnly(GOING_AWAY);
			assertThat(sample.process().waitFor(30, TimeUnit.SECONDS)).as(sample::output).isTrue();
			assertThat(sample.process().exitValue()).as(sample::output).isEqualTo(143);
			assertThat(sample.output()).doesNotContain("had not ended when the shutdown phase timed out")
				.doesNotContain("Dropping");
		}
	}

}
