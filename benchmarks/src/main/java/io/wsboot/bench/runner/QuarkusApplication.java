package io.wsboot.bench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The Quarkus echo servers' application as {@code benchmarks/quarkus-echo}'s build leaves it: a fast jar, and the
 * versions of Quarkus and Vert.x its libraries have.
 */
final class QuarkusApplication {

	private final Path app;

	/**
	 * @param target the benchmark module's build directory, {@code benchmarks/target}
	 */
	QuarkusApplication(Path target) {
		this.app = target.resolveSibling(Path.of("quarkus-echo", "target", "quarkus-app"));
	}

	/**
	 * The jar to start with {@code java -jar}.
	 * @throws IllegalStateException when the build has not written it
	 */
	Path jar() {
		Path jar = this.app.resolve("quarkus-run.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: build with"
					+ " 'mvn -Pbenchmarks -pl benchmarks,benchmarks/quarkus-echo -am package' (bash benchmarks/run.sh does)");
		}
		return jar;
	}

	/** Such as {@code Quarkus 3.33.2 (Vert.x 4.5.27)}, from the names of the jars in {@code lib/main}. */
	String describe() throws IOException {
		return "Quarkus " + version("io.quarkus.quarkus-core-") + " (Vert.x " + version("io.vertx.vertx-core-") + ")";
	}

	private String version(String prefix) throws IOException {
		try (Stream<Path> jars = Files.list(this.app.resolve(Path.of("lib", "main")))) {
			return jars.map((jar) -> jar.getFileName().toString())
				.filter((name) -> name.startsWith(prefix) && name.endsWith(".jar"))
				.map((name) -> name.substring(prefix.length(), name.length() - ".jar".length()))
				.findFirst()
				.orElse("unknown");
		}
	}

}
