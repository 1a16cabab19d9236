package io.wsboot.websocket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The package rules, read from the {@code import} lines of the main sources: dependencies point inward
 * (autoconfigure → actuate/server adapters/client → server → binding/connection → protocol → api), each server
 * adapter imports only its own engine, and only the auto-configuration touches Spring Boot's auto-configuration.
 * Every package has a rule.
 */
class ArchitectureTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final String API = "io.wsboot.websocket";

	private static final List<String> ADAPTERS = wsboot("server.servlet", "server.jetty", "server.tomcat",
			"server.reactive");

	private static final List<String> SPRING_WEB_SOCKET = List.of("org.springframework.web.socket");

	private static final List<String> WEBFLUX = List.of("org.springframework.web.reactive",
			"org.springframework.web.server", "org.springframework.http.server.reactive");

	private static final List<String> SERVLET = List.of("jakarta.servlet", "org.springframework.web.servlet");

	private static final List<String> JAKARTA_WEBSOCKET = List.of("jakarta.websocket");

	private static final List<String> JETTY = List.of("org.eclipse.jetty");

	private static final List<String> JETTY_SERVER = List.of("org.eclipse.jetty.server",
			"org.eclipse.jetty.websocket.server", "org.eclipse.jetty.ee10", "org.eclipse.jetty.ee11");

	private static final List<String> TOMCAT = List.of("org.apache.tomcat", "org.apache.catalina",
			"org.apache.coyote");

	private static final List<String> NETTY_REACTOR = List.of("io.netty", "reactor", "org.reactivestreams");

	private static final List<String> SPRING_SECURITY = List.of("org.springframework.security");

	private static final List<String> TRANSPORTS = concat(SPRING_WEB_SOCKET, WEBFLUX, SERVLET, JAKARTA_WEBSOCKET,
			JETTY, TOMCAT, NETTY_REACTOR);

	private static final Map<String, List<String>> INWARD = Map.ofEntries(entry(API, List.of("io.wsboot")),
			entry(API + ".protocol",
					wsboot("binding", "connection", "server", "client", "actuate", "cluster", "autoconfigure")),
			entry(API + ".connection", wsboot("binding", "server", "client", "security", "actuate", "cluster",
					"autoconfigure")),
			entry(API + ".binding", wsboot("server", "client", "actuate", "cluster", "autoconfigure")),
			entry(API + ".server", concat(wsboot("client", "actuate", "cluster", "autoconfigure"), ADAPTERS)),
			entry(API + ".server.servlet", wsboot("client", "actuate", "cluster", "autoconfigure")),
			entry(API + ".server.jetty", wsboot("client", "actuate", "cluster", "autoconfigure")),
			entry(API + ".server.tomcat", wsboot("client", "actuate", "cluster", "autoconfigure")),
			entry(API + ".server.reactive", wsboot("client", "actuate", "cluster", "autoconfigure")),
			entry(API + ".security", concat(wsboot("client", "actuate", "cluster", "autoconfigure"), ADAPTERS)),
			entry(API + ".actuate", concat(wsboot("client", "security", "cluster", "autoconfigure"), ADAPTERS)),
			entry(API + ".cluster", concat(wsboot("client", "security", "actuate", "autoconfigure"), ADAPTERS)),
			entry(API + ".client", wsboot("server", "actuate", "cluster", "autoconfigure", "security")),
			entry(API + ".autoconfigure", List.of()));

	private static final Map<String, List<String>> ENGINES = Map.ofEntries(entry(API, TRANSPORTS),
			entry(API + ".protocol", concat(TRANSPORTS, SPRING_SECURITY)),
			entry(API + ".connection", concat(TRANSPORTS, SPRING_SECURITY)),
			entry(API + ".binding", concat(TRANSPORTS, SPRING_SECURITY)),
			entry(API + ".server", concat(TRANSPORTS, SPRING_SECURITY)),
			entry(API + ".actuate", concat(TRANSPORTS, SPRING_SECURITY)),
			entry(API + ".cluster", concat(TRANSPORTS, SPRING_SECURITY)),
			entry(API + ".server.servlet",
					concat(JETTY, TOMCAT, NETTY_REACTOR, WEBFLUX, JAKARTA_WEBSOCKET, SPRING_SECURITY)),
			entry(API + ".server.jetty", concat(TOMCAT, NETTY_REACTOR, WEBFLUX, SPRING_SECURITY)),
			entry(API + ".server.tomcat", concat(JETTY, NETTY_REACTOR, WEBFLUX, SPRING_SECURITY)),
			entry(API + ".server.reactive",
					concat(TOMCAT, JETTY, SERVLET, SPRING_WEB_SOCKET, JAKARTA_WEBSOCKET, SPRING_SECURITY)),
			entry(API + ".security", concat(SPRING_WEB_SOCKET, JAKARTA_WEBSOCKET, JETTY, TOMCAT, List.of("io.netty"))),
			entry(API + ".client",
					concat(SPRING_WEB_SOCKET, WEBFLUX, SERVLET, JAKARTA_WEBSOCKET, TOMCAT, NETTY_REACTOR, JETTY_SERVER)),
			entry(API + ".autoconfigure", List.of()));

	@Test
	void everyPackageHasRules() throws IOException {
		assertThat(INWARD.keySet()).as("packages with an inward rule").isEqualTo(sourcePackages());
		assertThat(ENGINES.keySet()).as("packages with an engine rule").isEqualTo(sourcePackages());
	}

	@Test
	void dependenciesPointInward() {
		INWARD.forEach((pkg, forbidden) -> assertThat(importsOf(pkg, forbidden)).as("wsboot imports of %s", pkg)
			.isEmpty());
	}

	@Test
	void eachPackageImportsOnlyItsOwnEngine() {
		ENGINES.forEach((pkg, forbidden) -> assertThat(importsOf(pkg, forbidden)).as("transport imports of %s", pkg)
			.isEmpty());
	}

	@Test
	void noAdapterImportsAnotherAdapter() {
		for (String adapter : ADAPTERS) {
			List<String> others = ADAPTERS.stream().filter((other) -> !other.equals(adapter)).toList();
			assertThat(importsOf(adapter, others)).as("adapter imports of %s", adapter).isEmpty();
		}
	}

	@Test
	void onlyClusterAndAutoconfigureImportRedis() throws IOException {
		List<String> redis = List.of("org.springframework.data.redis", "io.lettuce");
		for (String pkg : sourcePackages()) {
			if (!pkg.equals(API + ".cluster") && !pkg.equals(API + ".autoconfigure")) {
				assertThat(importsOf(pkg, redis)).as("Redis imports of %s", pkg).isEmpty();
			}
		}
	}

	@Test
	void onlyAutoconfigureImportsBootAutoConfiguration() throws IOException {
		List<String> bootAutoConfiguration = List.of("org.springframework.boot.autoconfigure");
		for (String pkg : sourcePackages()) {
			if (!pkg.equals(API + ".autoconfigure")) {
				assertThat(importsOf(pkg, bootAutoConfiguration)).as("Boot auto-configuration imports of %s", pkg)
					.isEmpty();
			}
		}
	}

	/**
	 * The imports of a package's sources from other packages that lie in one of the forbidden ones, each as
	 * {@code File.java: imported.Type}.
	 */
	private static List<String> importsOf(String pkg, List<String> forbidden) {
		Path directory = SOURCES.resolve(pkg.replace('.', '/'));
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> sources = files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
			assertThat(sources).as("sources of %s", pkg).isNotEmpty();
			return sources.stream()
				.flatMap((file) -> importedTypes(file).stream()
					.filter((type) -> !packageOf(type).equals(pkg)
							&& forbidden.stream().anyMatch((prefix) -> within(packageOf(type), prefix)))
					.map((type) -> file.getFileName() + ": " + type))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> importedTypes(Path file) {
		try {
			return Files.readAllLines(file)
				.stream()
				.filter((line) -> line.startsWith("import "))
				.map((line) -> line.replaceFirst("^import (static )?", "").replace(";", "").trim())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> sourcePackages() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES.resolve(API.replace('.', '/')))) {
			return files.filter((file) -> file.toString().endsWith(".java"))
				.map((file) -> SOURCES.relativize(file.getParent()).toString().replace('/', '.'))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** The package of an imported name: its segments before the first type name (upper case). */
	private static String packageOf(String type) {
		String[] segments = type.split("\\.");
		StringBuilder pkg = new StringBuilder();
		for (String segment : segments) {
			if (segment.isEmpty() || Character.isUpperCase(segment.charAt(0)) || segment.equals("*")) {
				break;
			}
			pkg.append(pkg.isEmpty() ? "" : ".").append(segment);
		}
		return pkg.toString();
	}

	private static boolean within(String pkg, String prefix) {
		return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
	}

	/** wsboot packages by their name below the API package. */
	private static List<String> wsboot(String... names) {
		return Stream.of(names).map((name) -> API + "." + name).toList();
	}

	@SafeVarargs
	private static List<String> concat(List<String>... groups) {
		return Stream.of(groups).flatMap(List::stream).toList();
	}

}
