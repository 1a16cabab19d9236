package io.wsboot.websocket.autoconfigure;

import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wsboot.websocket.server.EndpointObserver;
import io.wsboot.websocket.server.UpgradeDecision;

/**
 * Each handshake decision as a Micrometer {@link Observation} named
 * {@value #NAME} (a timer and, with tracing, a span), with low-cardinality key values only: the
 * {@code endpoint} path as declared, the {@code outcome} ({@code accepted}, {@code refused}, or
 * {@code error} when the decision threw) and the {@code status} of the answer ({@code 101}, the
 * refusal's status, or {@code UNKNOWN}). With {@code websocket.server.observe-messages}, also each
 * message's handling as an observation named {@value #MESSAGE}, keyed by {@code endpoint} and
 * {@code method}.
 */
final class MicrometerEndpointObserver implements EndpointObserver {

	/** The handshake observation's name. */
	static final String NAME = "websocket.server.handshake";

	/** The message observation's name. */
	static final String MESSAGE = "websocket.server.message";

	private final ObservationRegistry registry;

	private final boolean observeMessages;

	MicrometerEndpointObserver(ObservationRegistry registry, boolean observeMessages) {
		this.registry = registry;
		this.observeMessages = observeMessages;
	}

	@Override
	public boolean observesMessages() {
		return this.observeMessages;
	}

	@Override
	public void message(String endpointPath, String method, Runnable handling) {
		Observation.createNotStarted(MESSAGE, this.registry)
			.contextualName("websocket " + method + " " + endpointPath)
			.lowCardinalityKeyValue("endpoint", endpointPath)
			.lowCardinalityKeyValue("method", method)
			.observe(handling);
	}

	@Override
	public UpgradeDecision handshake(String endpointPath, Supplier<UpgradeDecision> upgrade) {
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("websocket handshake " + endpointPath)
			.lowCardinalityKeyValue("endpoint", endpointPath)
			.lowCardinalityKeyValue("outcome", "error")
			.lowCardinalityKeyValue("status", "UNKNOWN");
		return observation.observe(() -> {
			UpgradeDecision decision = upgrade.get();
			if (decision instanceof UpgradeDecision.Refused refused) {
				observation.lowCardinalityKeyValue("outcome", "refused")
					.lowCardinalityKeyValue("status", Integer.toString(refused.status()));
			}
			else {
				observation.lowCardinalityKeyValue("outcome", "accepted").lowCardinalityKeyValue("status", "101");
			}
			return decision;
		});
	}

}
