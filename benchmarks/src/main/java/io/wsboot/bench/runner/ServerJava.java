package io.wsboot.bench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JDK the servers run on, by its home directory, and what its {@code release} file says it is.
 *
 * @param home the JDK's home, which holds {@code bin/java} and {@code release}
 */
record ServerJava(Path home) {

	/** The runner's own JDK. */
	static ServerJava runner() {
		return new ServerJava(Path.of(System.getProperty("java.home")).toAbsolutePath().normalize());
	}

	/**
	 * A JDK named on the command line.
	 * @throws IllegalArgumentException when it has no {@code bin/java} or {@code release}
	 */
	static ServerJava of(String home) {
		ServerJava java = new ServerJava(Path.of(home).toAbsolutePath().normalize());
		if (!Files.isExecutable(java.home.resolve(Path.of("bin", "java"))) || !Files.isRegularFile(java.release())) {
			throw new IllegalArgumentException(home + " is not a JDK: it has no bin/java and release file");
		}
		return java;
	}

	/** Whether this is the JDK the runner itself runs on. */
	boolean isRunner() {
		return this.equals(runner());
	}

	/** The feature release, such as {@code 25}, from {@code JAVA_VERSION}. */
	String feature() throws IOException {
		String version = version();
		int dot = version.indexOf('.');
		return (dot < 0) ? version : version.substring(0, dot);
	}

	/** The full version, such as {@code 25.0.3}. */
	String version() throws IOException {
		return values().getOrDefault("JAVA_VERSION", "unknown");
	}

	/** Who built it and its full version, such as {@code Eclipse Adoptium 25.0.3}. */
	String describe() throws IOException {
		return values().getOrDefault("IMPLEMENTOR", "unknown vendor") + " " + version();
	}

	private Map<String, String> values() throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : Files.readAllLines(release())) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				values.put(line.substring(0, equals), line.substring(equals + 1).replace("\"", ""));
			}
		}
		return values;
	}

	private Path release() {
		return this.home.resolve("release");
	}

}
