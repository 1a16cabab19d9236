package io.wsboot.websocket.client;

import java.util.function.IntSupplier;

/**
 * Told of what the connections of a {@code WsClient} do, for meters: how many are open, messages
 * sent and received, and reconnections after a lost connection. Called on the connections'
 * threads; must not block.
 */
public interface ClientMetrics {

	/** Counts nothing. */
	ClientMetrics NONE = new ClientMetrics() {

		@Override
		public void sent() {
		}

		@Override
		public void received() {
		}

		@Override
		public void reconnected() {
		}

		@Override
		public void connections(IntSupplier open) {
		}

	};

	/** A message was written to the server. */
	void sent();

	/** A message arrived from the server. */
	void received();

	/** A connection lost by accident was established again by its retry. */
	void reconnected();

	/**
	 * Where the number of open connections can be read, given once by the client.
	 * @param open gives the connections open now
	 */
	void connections(IntSupplier open);

}
