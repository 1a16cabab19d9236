package io.wsboot.bench.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring echo servers of the benchmark: wsboot's {@link WsbootEcho} at {@code /wsboot} and a raw
 * Spring handler at {@code /raw}, on whichever engine the class path holds (Tomcat, Jetty 12, or
 * WebFlux on Reactor Netty), beside the fan-out run's {@link FanoutRoom} at {@code /fanout/{room}}.
 * The runner starts one process per measurement with identical JVM flags.
 */
@SpringBootApplication
public class SpringEchoServer {

	public static void main(String[] args) {
		SpringApplication.run(SpringEchoServer.class, args);
	}

}
