package io.wsboot.websocket.server;

import java.util.function.Supplier;

/**
 * Watches an endpoint's work, for tracing and timing: every handshake decision of
 * {@link WebSocketEndpoint#upgrade}, from admission to the {@code UpgradeService}'s answer, and,
 * when {@link #observesMessages()}, every service method a message calls, with the sending of what
 * it returns. Implementations must be thread safe and must return the decision they were given.
 */
public interface EndpointObserver {

	/** Watches nothing. */
	EndpointObserver NONE = (endpointPath, upgrade) -> upgrade.get();

	/**
	 * Takes one handshake decision.
	 * @param endpointPath the endpoint's path, as declared (a template such as {@code /chat/{room}},
	 * never the concrete path of the request)
	 * @param upgrade takes the decision
	 * @return the decision
	 */
	UpgradeDecision handshake(String endpointPath, Supplier<UpgradeDecision> upgrade);

	/**
	 * Whether {@link #message} is to be called; asked once per connection, so that nothing is
	 * spent per message when not.
	 * @return whether messages are watched
	 */
	default boolean observesMessages() {
		return false;
	}

	/**
	 * Handles one message: runs the service method it calls and sends what that returns.
	 * @param endpointPath the endpoint's path, as declared
	 * @param method the service method, such as {@code onTextMessage}
	 * @param handling the handling, to run exactly once on this thread
	 */
	default void message(String endpointPath, String method, Runnable handling) {
		handling.run();
	}

}
