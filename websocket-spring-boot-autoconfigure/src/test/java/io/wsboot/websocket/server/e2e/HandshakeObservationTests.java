package io.wsboot.websocket.server.e2e;

import java.time.Duration;
import java.util.List;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Each handshake decision as a {@code websocket.server.handshake} observation, with an
 * {@code ObservationRegistry} in the application: the endpoint's path as declared, the outcome and the
 * status, and nothing of high cardinality. WebFlux's own observation auto-configuration is left out: it
 * needs Boot's Micrometer metrics module, which an application has through the actuator starter and
 * this test does not.
 */
@SpringBootTest(classes = { TestApplication.class, HandshakeObservationTests.Observations.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude="
				+ "org.springframework.boot.webflux.autoconfigure.WebFluxObservationAutoConfiguration")
class HandshakeObservationTests {

	private static final String NAME = "websocket.server.handshake";

	@LocalServerPort
	int port;

	@Autowired
	TestObservationRegistry observations;

	@Test
	void recordsAcceptedAndRefusedHandshakesByEndpointOutcomeAndStatus() {
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=ann").status()).isEqualTo(101);
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=mallory").status()).isEqualTo(403);
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/chat/kitchen").status()).isEqualTo(400);
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=boom").status()).isEqualTo(500);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> TestObservationRegistryAssert.assertThat(this.observations)
				.hasNumberOfObservationsWithNameEqualTo(NAME, 4));
		TestObservationRegistryAssert.assertThat(this.observations).hasHandledContextsThatSatisfy((contexts) -> {
			List<Observation.Context> handshakes = contexts.stream()
				.filter((context) -> context.getName().equals(NAME))
				.toList();
			assertThat(handshakes)
				.extracting((context) -> value(context, "endpoint"), (context) -> value(context, "outcome"),
						(context) -> value(context, "status"))
				.containsExactlyInAnyOrder(tuple("/ws/chat/{room}", "accepted", "101"),
						tuple("/ws/chat/{room}", "refused", "403"), tuple("/ws/chat/{room}", "refused", "400"),
						tuple("/ws/chat/{room}", "refused", "500"));
			assertThat(handshakes).allSatisfy((context) -> {
				assertThat(context.getLowCardinalityKeyValues().stream().map(KeyValue::getKey))
					.containsExactlyInAnyOrder("endpoint", "outcome", "status");
				assertThat(context.getHighCardinalityKeyValues()).isEmpty();
				assertThat(context.getContextualName()).isEqualTo("websocket handshake /ws/chat/{room}");
			});
		});
	}

	@Test
	void messagesAreNotObservedUnlessAskedFor() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/echo")) {
			client.send("unobserved");
			assertThat(client.nextText()).isEqualTo("unobserved");
		}
		TestObservationRegistryAssert.assertThat(this.observations)
			.hasNumberOfObservationsWithNameEqualTo("websocket.server.message", 0);
	}

	static @Nullable String value(Observation.Context context, String key) {
		KeyValue keyValue = context.getLowCardinalityKeyValue(key);
		return (keyValue != null) ? keyValue.getValue() : null;
	}

	/** The registry that records the observations; not a component, so that only this test has it. */
	static class Observations {

		@Bean
		TestObservationRegistry observationRegistry() {
			return TestObservationRegistry.create();
		}

	}

}
