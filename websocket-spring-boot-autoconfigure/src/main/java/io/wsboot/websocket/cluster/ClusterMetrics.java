package io.wsboot.websocket.cluster;

/**
 * What the cluster link reports for metrics; implementations must be thread safe and must not block.
 */
public interface ClusterMetrics {

	/** Reports nothing. */
	ClusterMetrics NONE = new ClusterMetrics() {
	};

	/**
	 * A broadcast was published to Redis.
	 */
	default void published() {
	}

	/**
	 * A broadcast of another instance arrived.
	 */
	default void received() {
	}

	/**
	 * A broadcast could not be published (Redis unreachable, or too many waiting), or one that
	 * arrived could not be read; it reaches no other instance.
	 * @param direction {@code out} for a send, {@code in} for an arrival
	 */
	default void failed(String direction) {
	}

}
