package io.wsboot.bench.runner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An echo server of the benchmark: which engine's class path, which main class, which path, and
 * the arguments that make it so. wsboot servers get an idle timeout, as the targets require. The
 * Quarkus servers are one application of their own build ({@code benchmarks/quarkus-echo}), started
 * from its fast jar, with an endpoint per execution model.
 */
enum Server {

	WSBOOT_TOMCAT("wsboot on Tomcat", "tomcat", Kind.WSBOOT),

	RAW_TOMCAT("raw Spring on Tomcat", "tomcat", Kind.RAW),

	WSBOOT_JETTY("wsboot on Jetty 12", "jetty", Kind.WSBOOT),

	RAW_JETTY("raw Spring on Jetty 12", "jetty", Kind.RAW),

	WSBOOT_NETTY("wsboot on WebFlux/Reactor Netty", "reactor-netty", Kind.WSBOOT),

	WSBOOT_NETTY_VIRTUAL("wsboot on WebFlux/Reactor Netty, virtual threads", "reactor-netty", Kind.WSBOOT),

	WSBOOT_NETTY_NON_BLOCKING("wsboot @NonBlocking on WebFlux/Reactor Netty", "reactor-netty", Kind.WSBOOT),

	RAW_NETTY("raw WebFlux on Reactor Netty", "reactor-netty", Kind.RAW),

	VERTX("Vert.x 5", "reactor-netty", Kind.VERTX),

	QUARKUS_BLOCKING("Quarkus WebSockets Next (blocking)", "quarkus", Kind.QUARKUS),

	QUARKUS_UNI("Quarkus WebSockets Next (Uni)", "quarkus", Kind.QUARKUS);

	/** What answers the echo. */
	enum Kind {

		WSBOOT, RAW, VERTX, QUARKUS

	}

	private final String label;

	private final String engine;

	private final Kind kind;

	Server(String label, String engine, Kind kind) {
		this.label = label;
		this.engine = engine;
		this.kind = kind;
	}

	String label() {
		return this.label;
	}

	/** The class path file's engine: {@code tomcat}, {@code jetty} or {@code reactor-netty}; {@code quarkus} has none. */
	String engine() {
		return this.engine;
	}

	Kind kind() {
		return this.kind;
	}

	/**
	 * The servers of the 64 B echo table on a JDK: the default mode on virtual threads
	 * ({@code spring.threads.virtual.enabled}, which makes Reactor's bounded elastic workers virtual)
	 * only from Java 21, where Spring Boot applies it.
	 * @param javaFeature the servers' Java feature release
	 */
	static List<Server> echoServers(int javaFeature) {
		return Arrays.stream(values()).filter((server) -> server != WSBOOT_NETTY_VIRTUAL || javaFeature >= 21).toList();
	}

	/** The raw server on the same engine, what this one is compared with; itself for raw and Vert.x. */
	Server baseline() {
		return switch (this) {
			case WSBOOT_TOMCAT -> RAW_TOMCAT;
			case WSBOOT_JETTY -> RAW_JETTY;
			case WSBOOT_NETTY, WSBOOT_NETTY_VIRTUAL, WSBOOT_NETTY_NON_BLOCKING -> RAW_NETTY;
			default -> this;
		};
	}

	/**
	 * The Quarkus server in the same execution model, what the targets compare wsboot with: the blocking endpoint
	 * for wsboot's blocking services, the one returning {@code Uni} for {@code @NonBlocking}; {@code null} for the
	 * others.
	 */
	Server quarkusPeer() {
		return switch (this) {
			case WSBOOT_TOMCAT, WSBOOT_JETTY, WSBOOT_NETTY, WSBOOT_NETTY_VIRTUAL -> QUARKUS_BLOCKING;
			case WSBOOT_NETTY_NON_BLOCKING -> QUARKUS_UNI;
			default -> null;
		};
	}

	String path() {
		if (this == WSBOOT_NETTY_NON_BLOCKING) {
			return "/wsboot-non-blocking";
		}
		if (this == QUARKUS_UNI) {
			return "/echo-uni";
		}
		return switch (this.kind) {
			case WSBOOT -> "/wsboot";
			case RAW -> "/raw";
			case VERTX -> "/";
			case QUARKUS -> "/echo";
		};
	}

	/**
	 * The main class and its arguments; for Quarkus, the system properties that go before {@code -jar}.
	 * @param port the port to listen on
	 * @param maxMessage the largest message the run sends, in bytes
	 * @return the command after the JVM flags and class path
	 */
	List<String> command(int port, int maxMessage) {
		List<String> command = new ArrayList<>();
		if (this.kind == Kind.QUARKUS) {
			command.add("-Dquarkus.http.port=" + port);
			if (maxMessage > 65536) {
				command.add("-Dquarkus.websockets-next.server.max-frame-size=" + maxMessage);
				command.add("-Dquarkus.websockets-next.server.max-message-size=" + maxMessage);
			}
			return command;
		}
		if (this.kind == Kind.VERTX) {
			command.add("io.wsboot.bench.server.VertxEchoServer");
			command.add(String.valueOf(port));
			command.add(String.valueOf(Math.max(maxMessage, 65536)));
			return command;
		}
		command.add("io.wsboot.bench.server.SpringEchoServer");
		command.add("--server.port=" + port);
		command.add("--spring.main.web-application-type=" + (this.engine.equals("reactor-netty") ? "reactive" : "servlet"));
		if (this.kind == Kind.WSBOOT) {
			command.add("--websocket.server.idle-timeout=300s");
		}
		if (this == WSBOOT_NETTY_VIRTUAL) {
			command.add("--spring.threads.virtual.enabled=true");
		}
		if (maxMessage > 65536 && this.kind == Kind.RAW) {
			command.add("--bench.max-message=" + maxMessage + "B");
		}
		if (maxMessage > 65536 && this.kind == Kind.WSBOOT) {
			command.add("--websocket.server.max-frame-size=" + maxMessage + "B");
			command.add("--websocket.server.max-message-size=" + maxMessage + "B");
		}
		return command;
	}

}
