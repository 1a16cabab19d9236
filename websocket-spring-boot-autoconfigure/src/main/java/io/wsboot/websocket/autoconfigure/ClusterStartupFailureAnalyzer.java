package io.wsboot.websocket.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains why cluster mode ({@code websocket.cluster.enabled}) stopped the application at start-up.
 */
class ClusterStartupFailureAnalyzer extends AbstractFailureAnalyzer<ClusterStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ClusterStartupException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
