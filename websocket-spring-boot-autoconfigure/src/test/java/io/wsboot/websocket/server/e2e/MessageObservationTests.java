package io.wsboot.websocket.server.e2e;

import java.time.Duration;
import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code websocket.server.observe-messages}, each message's handling is a
 * {@code websocket.server.message} observation keyed by the endpoint's path as declared and the
 * service method, nothing of high cardinality.
 */
@SpringBootTest(classes = { TestApplication.class, HandshakeObservationTests.Observations.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "websocket.server.observe-messages=true", "spring.autoconfigure.exclude="
				+ "org.springframework.boot.webflux.autoconfigure.WebFluxObservationAutoConfiguration" })
class MessageObservationTests {

	private static final String NAME = "websocket.server.message";

	@LocalServerPort
	int port;

	@Autowired
	TestObservationRegistry observations;

	@Test
	void eachMessageIsObservedByEndpointAndMethod() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/echo")) {
			client.send("one");
			assertThat(client.nextText()).isEqualTo("one");
			client.send(new byte[] { 2 });
			assertThat(client.nextBinary()).containsExactly(2);
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> TestObservationRegistryAssert.assertThat(this.observations)
				.hasNumberOfObservationsWithNameEqualTo(NAME, 2));
		TestObservationRegistryAssert.assertThat(this.observations).hasHandledContextsThatSatisfy((contexts) -> {
			List<Observation.Context> messages = contexts.stream()
				.filter((context) -> context.getName().equals(NAME))
				.toList();
			assertThat(messages).extracting((context) -> HandshakeObservationTests.value(context, "endpoint"))
				.containsOnly("/ws/echo");
			assertThat(messages).extracting((context) -> HandshakeObservationTests.value(context, "method"))
				.containsExactlyInAnyOrder("onTextMessage", "onBinaryMessage");
			assertThat(messages).allSatisfy((context) -> assertThat(context.getHighCardinalityKeyValues()).isEmpty());
		});
	}

}
