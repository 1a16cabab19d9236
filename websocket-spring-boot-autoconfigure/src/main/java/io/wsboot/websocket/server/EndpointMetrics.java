package io.wsboot.websocket.server;

import io.wsboot.websocket.WebSocketException;

/**
 * What one endpoint's connections report for metrics. Created once per endpoint, so that counting a
 * message costs no lookup; implementations must be thread safe and must not block.
 */
public interface EndpointMetrics {

	/** Reports nothing. */
	EndpointMetrics NONE = new EndpointMetrics() {
	};

	/**
	 * A connection opened.
	 */
	default void opened() {
	}

	/**
	 * A connection ended.
	 * @param statusCode its final status code
	 */
	default void closed(int statusCode) {
	}

	/**
	 * A whole message arrived.
	 */
	default void received() {
	}

	/**
	 * A message was written.
	 */
	default void sent() {
	}

	/**
	 * Messages waiting for a slow peer were discarded to make room (the DROP_OLDEST policy).
	 * @param messages how many
	 */
	default void dropped(int messages) {
	}

	/**
	 * An error reached, or would have reached, {@code onError}.
	 * @param error the error
	 */
	default void failed(WebSocketException error) {
	}

	/** Creates the metrics of each endpoint. */
	@FunctionalInterface
	interface Factory {

		/** Creates no metrics. */
		Factory NONE = (path) -> EndpointMetrics.NONE;

		/**
		 * The metrics of one endpoint.
		 * @param path the endpoint's path, as declared
		 * @return its metrics
		 */
		EndpointMetrics forEndpoint(String path);

	}

}
