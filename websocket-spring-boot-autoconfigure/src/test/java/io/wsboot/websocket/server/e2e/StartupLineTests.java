package io.wsboot.websocket.server.e2e;

import java.util.List;

import io.wsboot.websocket.WebSocketService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one INFO line at start-up that lists the mapped endpoints and the engine.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupLineTests {

	@Test
	void listsEveryEndpointWithItsBeanClassAndTheEngineInOneInfoLine(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
			.properties("server.port=0")
			.run()) {
			int endpoints = context.getBeansWithAnnotation(WebSocketService.class).size();
			List<String> lines = output.getOut().lines().filter((line) -> line.contains("wsboot: ")).toList();
			assertThat(lines).singleElement().satisfies((line) -> {
				assertThat(line).contains(" INFO ")
					.contains("wsboot: " + endpoints + " WebSocket endpoints on " + engine() + ": ")
					.contains("/ws/echo (EchoUpgrade)")
					.contains("/ws/chat/{room} (ChatUpgrade)")
					.contains("/ws/orders (Orders)");
				assertThat(line.substring(line.indexOf(" on " + engine() + ": ")).split("\\), ")).hasSize(endpoints);
			});
		}
	}

	private static String engine() {
		return switch (Container.current()) {
			case TOMCAT -> "Tomcat";
			case JETTY -> "Jetty";
			case REACTOR_NETTY -> "Reactor Netty";
		};
	}

}
