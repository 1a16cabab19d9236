package io.wsboot.websocket.server;

import java.util.function.Supplier;

/**
 * Watches each endpoint's handshake decisions, for tracing and timing: it wraps the decision of
 * {@link WebSocketEndpoint#upgrade}, from admission to the {@code UpgradeService}'s answer.
 * Implementations must be thread safe and must return the decision they were given.
 */
@FunctionalInterface
public interface HandshakeObserver {

	/** Watches nothing. */
	HandshakeObserver NONE = (endpointPath, upgrade) -> upgrade.get();

	/**
	 * Takes one handshake decision.
	 * @param endpointPath the endpoint's path, as declared (a template such as {@code /chat/{room}},
	 * never the concrete path of the request)
	 * @param upgrade takes the decision
	 * @return the decision
	 */
	UpgradeDecision observe(String endpointPath, Supplier<UpgradeDecision> upgrade);

}
