package io.wsboot.sample.shutdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wsboot.sample.SampleApplication;
import io.wsboot.sample.WsTestClient;
import org.junit.jupiter.api.AfterEach;
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

	private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");

	private static final String GOING_AWAY = "1001 Server shutting down";

	private Process process;

	private final StringBuffer output = new StringBuffer();

	@AfterEach
	void stopProcess() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
		}
	}

	@Test
	void sigtermGivesEveryClientAGoingAwayCloseFrame() throws Exception {
		int port = start();
		WsTestClient echo = WsTestClient.connect(port, "/ws/echo");
		WsTestClient ann = WsTestClient.connect(port, "/ws/chat/lobby?nick=ann");
		WsTestClient bob = WsTestClient.connect(port, "/ws/chat/lobby?nick=bob");
		echo.send("still there?");
		assertThat(echo.next()).isEqualTo("still there?");
		assertThat(ann.next()).contains("\"type\":\"join\"");
		assertThat(bob.next()).contains("\"type\":\"join\"");
		this.process.destroy();
		assertThat(List.of(echo.awaitClose(), ann.awaitClose(), bob.awaitClose())).as(this.output::toString)
			.containsOnly(GOING_AWAY);
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as(this.output::toString).isTrue();
		assertThat(this.process.exitValue()).as(this.output::toString).isEqualTo(143);
		assertThat(this.output.toString()).doesNotContain("had not ended when the shutdown phase timed out")
			.doesNotContain("Dropping");
	}

	/** Starts the sample on a free port in a JVM of its own and returns the port from its log. */
	private int start() throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		this.process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), SampleApplication.class.getName(), "--server.port=0",
				"--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.start();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> readOutput(port), "sample-output");
		reader.setDaemon(true);
		reader.start();
		return port.orTimeout(60, TimeUnit.SECONDS).join();
	}

	private void readOutput(CompletableFuture<Integer> port) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				this.output.append(line).append('\n');
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					port.complete(Integer.parseInt(started.group(1)));
				}
			}
			port.completeExceptionally(new IllegalStateException("The sample ended before it started:\n"
					+ this.output));
		}
		catch (IOException ex) {
			port.completeExceptionally(ex);
		}
	}

}
