package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.server.InvalidServiceException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up failure caused by a {@code @WebSocketService} or service method that wsboot
 * cannot run.
 */
class InvalidServiceFailureAnalyzer extends AbstractFailureAnalyzer<InvalidServiceException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidServiceException cause) {
		return new FailureAnalysis("A WebSocket service cannot be registered:\n\n    " + cause.getMessage(),
				"Change the class or method named above. Service methods are matched by name (onOpen, onMessage, "
						+ "onTextMessage, onBinaryMessage, onPing, onPong, onIdleTimeout, onClose, onError) and "
						+ "their parameters by type; see the README's table of service methods.",
				cause);
	}

}
