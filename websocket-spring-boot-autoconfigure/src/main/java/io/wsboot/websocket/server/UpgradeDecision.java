package io.wsboot.websocket.server;

import java.security.Principal;
import java.util.Map;

import io.wsboot.websocket.Service;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of asking an endpoint's {@code UpgradeService} about a handshake.
 */
public sealed interface UpgradeDecision {

	/**
	 * The handshake goes ahead and {@code service} receives the connection.
	 *
	 * @param service the service for this connection
	 * @param model its prepared methods
	 * @param pathVariables the variables of the handshake's path
	 * @param principal the authenticated user of the handshake, or {@code null}
	 * @param admission the place the handshake holds among the endpoint's connections
	 */
	record Accepted(Service service, ServiceModel model, Map<String, String> pathVariables,
			@Nullable Principal principal, ConnectionGate.Admission admission) implements UpgradeDecision {

	}

	/**
	 * The handshake is refused with an HTTP status and a plain-text body.
	 *
	 * @param status the HTTP status
	 * @param body the response body
	 */
	record Refused(int status, String body) implements UpgradeDecision {

	}

}
