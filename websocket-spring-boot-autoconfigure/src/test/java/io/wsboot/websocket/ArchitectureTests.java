package io.wsboot.websocket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules: the API imports no transport, and dependencies point inward
 * (autoconfigure → server/client → binding/protocol → api).
 */
class ArchitectureTests {

	private static final Path SOURCES = Path.of("src/main/java/io/wsboot/websocket");

	private static final List<String> TRANSPORT_PACKAGES = List.of("org.springframework.web.socket",
			"org.springframework.web.reactive", "jakarta.websocket", "org.eclipse.jetty", "reactor.",
			"org.apache.tomcat");

	@Test
	void apiImportsNoTransport() throws IOException {
		assertThat(importsOf(SOURCES, false)).noneMatch((line) -> TRANSPORT_PACKAGES.stream().anyMatch(line::contains));
	}

	@Test
	void dependenciesPointInward() throws IOException {
		Map<String, List<String>> forbidden = Map.of("", List.of(".binding", ".protocol", ".server", ".client",
				".autoconfigure"), "binding", List.of(".server", ".client", ".autoconfigure"), "protocol",
				List.of(".binding", ".server", ".client", ".autoconfigure"), "server",
				List.of(".client", ".autoconfigure"));
		for (Map.Entry<String, List<String>> rule : forbidden.entrySet()) {
			List<String> imports = importsOf(SOURCES.resolve(rule.getKey()), !rule.getKey().isEmpty());
			for (String target : rule.getValue()) {
				assertThat(imports).as("imports of package '%s'", rule.getKey())
					.noneMatch((line) -> line.contains("io.wsboot.websocket" + target + "."));
			}
		}
	}

	@Test
	void transportTypesStayInTransportAdapters() throws IOException {
		assertThat(importsOf(SOURCES.resolve("server"), false))
			.noneMatch((line) -> TRANSPORT_PACKAGES.stream().anyMatch(line::contains));
	}

	private static List<String> importsOf(Path directory, boolean recursive) throws IOException {
		try (Stream<Path> files = recursive ? Files.walk(directory) : Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".java")).flatMap((file) -> {
				try {
					return Files.readAllLines(file).stream().filter((line) -> line.startsWith("import "));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
	}

}
