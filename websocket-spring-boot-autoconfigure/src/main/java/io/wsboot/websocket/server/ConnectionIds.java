package io.wsboot.websocket.server;

import java.util.UUID;

/**
 * Connection ids for the adapters whose engine gives none: unique across the instances of an
 * application too, so that {@code OpenConnections.sendTo} can find a connection wherever it lives.
 */
public final class ConnectionIds {

	private ConnectionIds() {
	}

	/**
	 * A new id.
	 * @return a random UUID, as Spring's servlet sessions have
	 */
	public static String next() {
		return UUID.randomUUID().toString();
	}

}
