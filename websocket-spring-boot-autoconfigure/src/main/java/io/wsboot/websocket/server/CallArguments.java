package io.wsboot.websocket.server;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.WebSocketException;
import org.jspecify.annotations.Nullable;

/**
 * What one call of a service method may pass, by the kind of event: each {@link ServiceMethod}
 * takes from it what its parameters ask for.
 *
 * @param caller the connection
 * @param payload the bound message, or {@code null}
 * @param status the close status, for {@code onClose}
 * @param reason the close reason, for {@code onClose}
 * @param error the error, for {@code onError}
 */
record CallArguments(Caller caller, @Nullable Object payload, int status, String reason,
		@Nullable WebSocketException error) {

	/** For a message, a ping or pong, or (without a payload) {@code onOpen} and {@code onIdleTimeout}. */
	static CallArguments message(Caller caller, @Nullable Object payload) {
		return new CallArguments(caller, payload, 0, "", null);
	}

	/** For {@code onClose}: the connection, the status and the reason. */
	static CallArguments close(Caller caller, int status, String reason) {
		return new CallArguments(caller, null, status, reason, null);
	}

	/** For {@code onError} and {@code on<Method>Error}: the connection and the error. */
	static CallArguments error(Caller caller, WebSocketException error) {
		return new CallArguments(caller, null, 0, "", error);
	}

}
