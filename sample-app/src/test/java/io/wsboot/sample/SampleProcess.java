package io.wsboot.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample application in a JVM of its own, on a free port, with the test class path; its output
 * is kept for assertion messages.
 */
public final class SampleProcess implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");

	private final Process process;

	private final StringBuffer output = new StringBuffer();

	private final int port;

	private SampleProcess(List<String> jvmOptions) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), SampleApplication.class.getName(),
				"--server.port=0", "--spring.main.banner-mode=off"));
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		CompletableFuture<Integer> started = new CompletableFuture<>();
		Thread reader = new Thread(() -> readOutput(started), "sample-output");
		reader.setDaemon(true);
		reader.start();
		this.port = started.orTimeout(60, TimeUnit.SECONDS).join();
	}

	/**
	 * Starts the sample and waits until it listens.
	 * @param jvmOptions options of its JVM, such as {@code -Dspring.aot.enabled=true}
	 * @return the running sample
	 * @throws IOException if the JVM cannot be started
	 */
	public static SampleProcess start(String... jvmOptions) throws IOException {
		return new SampleProcess(List.of(jvmOptions));
	}

	/** The port the sample listens on. */
	public int port() {
		return this.port;
	}

	/** What the sample printed so far. */
	public String output() {
		return this.output.toString();
	}

	/** The JVM, to signal or wait for. */
	public Process process() {
		return this.process;
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

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
		}
	}

}
