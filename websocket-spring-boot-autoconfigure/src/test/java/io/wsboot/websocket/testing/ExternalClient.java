package io.wsboot.websocket.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a client script of {@code src/test/clients} (Python or Node, installed by
 * {@code scripts/test.sh}) and reads the JSON line it prints last.
 */
public final class ExternalClient {

	/** Where the client scripts are, from the module's directory. */
	public static final Path CLIENTS = Path.of("src/test/clients");

	private ExternalClient() {
	}

	/**
	 * Runs a command to its end, at most three minutes.
	 * @param command the command, its script second
	 * @return the last line printed, as JSON
	 * @throws IOException if the command cannot be started
	 * @throws InterruptedException if interrupted while waiting
	 */
	public static JsonNode run(List<String> command) throws IOException, InterruptedException {
		Path output = Files.createTempFile("client", ".out");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		try {
			assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("%s finished", command.get(1)).isTrue();
			String printed = Files.readString(output, StandardCharsets.UTF_8).trim();
			assertThat(process.exitValue()).as("exit code of %s, which printed: %s", command.get(1), printed).isZero();
			return new JsonMapper().readTree(printed.substring(printed.lastIndexOf('\n') + 1));
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(output);
		}
	}

}
