package io.wsboot.websocket.server;

/**
 * Carries broadcasts to the other instances of the application (cluster mode), which deliver them to
 * their own connections that the selector chooses. Called after the local delivery, from the
 * broadcasting thread: implementations must not block and must be thread safe; the order of the calls
 * of one instance is the order in which others deliver.
 */
public interface RemoteDelivery {

	/** No other instances: broadcasts stay on this one. */
	RemoteDelivery NONE = new RemoteDelivery() {

		@Override
		public void check(ConnectionSelector selector) {
		}

		@Override
		public void publish(ConnectionSelector selector, Object payload) {
		}

	};

	/**
	 * Refuses, before anything is sent, a selector other instances could not evaluate.
	 * @param selector the selector of a broadcast
	 * @throws IllegalArgumentException naming what cannot travel
	 */
	void check(ConnectionSelector selector);

	/**
	 * Hands a broadcast to the other instances.
	 * @param selector which of their connections take it
	 * @param payload a {@code String} (text, JSON already written) or a {@code byte[]}
	 */
	void publish(ConnectionSelector selector, Object payload);

}
