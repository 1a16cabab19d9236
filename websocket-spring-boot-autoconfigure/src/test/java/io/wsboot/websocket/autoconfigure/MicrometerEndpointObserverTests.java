package io.wsboot.websocket.autoconfigure;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.wsboot.websocket.server.UpgradeDecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The handshake observation's key values for a refusal and for a decision that throws, and the
 * opt-in message observation.
 */
class MicrometerEndpointObserverTests {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final MicrometerEndpointObserver observer = new MicrometerEndpointObserver(this.registry, true);

	@Test
	void aRefusalIsRecordedWithItsStatusAndTheDecisionReturnedAsItWas() {
		UpgradeDecision refused = new UpgradeDecision.Refused(503, "Too many connections");
		assertThat(this.observer.handshake("/ws/echo", () -> refused)).isSameAs(refused);
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
		assertThatIllegalStateException().isThrownBy(() -> this.observer.handshake("/ws/chat/{room}", () -> {
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

	@Test
	void aMessageIsObservedAroundItsHandlingWhichIsCurrentMeanwhile() {
		StringBuilder current = new StringBuilder();
		assertThat(this.observer.observesMessages()).isTrue();
		this.observer.message("/ws/echo", "onTextMessage",
				() -> current.append(this.registry.getCurrentObservation().getContext().getName()));
		assertThat(current).hasToString("websocket.server.message");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo("websocket.server.message")
			.hasContextualNameEqualTo("websocket onTextMessage /ws/echo")
			.hasLowCardinalityKeyValue("endpoint", "/ws/echo")
			.hasLowCardinalityKeyValue("method", "onTextMessage")
			.hasBeenStopped();
	}

	@Test
	void messagesAreObservedOnlyWhenAskedFor() {
		assertThat(new MicrometerEndpointObserver(this.registry, false).observesMessages()).isFalse();
	}

}
