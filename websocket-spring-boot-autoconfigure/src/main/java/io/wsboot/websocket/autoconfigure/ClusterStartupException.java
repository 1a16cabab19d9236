package io.wsboot.websocket.autoconfigure;

/**
 * Cluster mode was asked for ({@code websocket.cluster.enabled}) but cannot start: Redis cannot be
 * reached while {@code websocket.cluster.fail-fast} is on, or Spring Data Redis is missing.
 */
class ClusterStartupException extends IllegalStateException {

	private final String action;

	ClusterStartupException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	ClusterStartupException(String message, String action) {
		super(message);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}
