package io.wsboot.websocket.autoconfigure;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.wsboot.websocket.server.UpgradeDecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The handshake observation's key values for a refusal and for a decision that throws.
 */
class MicrometerHandshakeObserverTests {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final MicrometerHandshakeObserver observer = new MicrometerHandshakeObserver(this.registry);

	@Test
	void aRefusalIsRecordedWithItsStatusAndTheDecisionReturnedAsItWas() {
		UpgradeDecision refused = new UpgradeDecision.Refused(503, "Too many connections");
		assertThat(this.observer.observe("/ws/echo", () -> refused)).isSameAs(refused);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo("websocket.server.handshake")
			.hasContextualNameEqualTo("websocket handshake /ws/echo")
			.hasLowCardinalityKeyValue("endpoint", "/ws/echo")
			.hasLowCardinalityKeyValue("outcome", "refused")
			.hasLowCardinalityKeyValue("status", "503")
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void aDecisionThatThrowsIsRecordedAsAnErrorAndRethrown() {
		IllegalStateException failure = new IllegalStateException("no decision");
		assertThatIllegalStateException().isThrownBy(() -> this.observer.observe("/ws/chat/{room}", () -> {
			throw failure;
		})).isSameAs(failure);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("endpoint", "/ws/chat/{room}")
			.hasLowCardinalityKeyValue("outcome", "error")
			.hasLowCardinalityKeyValue("status", "UNKNOWN")
			.hasError(failure)
			.hasBeenStopped();
	}

}
