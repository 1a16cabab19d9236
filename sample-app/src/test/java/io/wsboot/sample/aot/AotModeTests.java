package io.wsboot.sample.aot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.wsboot.sample.SampleProcess;
import io.wsboot.sample.WsTestClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample after Spring's AOT processing (the build's {@code process-aot}, as for a native image),
 * started on the JVM in AOT mode ({@code -Dspring.aot.enabled=true}): its bean definitions come from
 * the generated code, and every endpoint still works — echo, JSON binding, the chat, the protected
 * echo and the actuator endpoint. (No GraalVM here: the native image itself is not built.)
 */
class AotModeTests {

	@Test
	void theAotProcessedSampleServesEveryEndpoint() throws Exception {
		try (SampleProcess sample = SampleProcess.start("-Dspring.aot.enabled=true")) {
			int port = sample.port();
			assertThat(sample.output()).contains("Starting AOT-processed SampleApplication");
			try (WsTestClient echo = WsTestClient.connect(port, "/ws/echo")) {
				echo.send("in AOT mode");
				assertThat(echo.next()).isEqualTo("in AOT mode");
			}
			try (WsTestClient orders = WsTestClient.connect(port, "/ws/orders")) {
				orders.send("{\"item\":\"tea\",\"quantity\":2}");
				assertThat(orders.next()).contains("\"item\":\"tea\"").contains("\"quantity\":2");
			}
			try (WsTestClient chat = WsTestClient.connect(port, "/ws/chat/lobby?nick=ann")) {
				assertThat(chat.next()).contains("\"type\":\"join\"").contains("\"nick\":\"ann\"");
			}
			try (WsTestClient anonymous = WsTestClient.connect(port, "/ws/secure/echo")) {
				assertThat(anonymous.handshake()).isEqualTo("401 Unauthorized");
			}
			try (WsTestClient alice = WsTestClient.connectAs("alice", "alice-password", port, "/ws/secure/echo")) {
				alice.send("secret");
				assertThat(alice.next()).isEqualTo("secret");
			}
			HttpResponse<String> actuator = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/websockets"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(actuator.statusCode()).as(sample::output).isEqualTo(200);
			assertThat(actuator.body()).contains("\"/ws/echo\"").contains("\"/ws/secure/echo\"");
		}
	}

}
