package io.wsboot.websocket.server;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Admits the handshakes of one endpoint, before its {@code UpgradeService} is asked: none once the
 * server is shutting down, and none while the endpoint holds its maximum of connections. It counts
 * places taken rather than open connections, so that concurrent handshakes never pass the maximum
 * together: a place is taken when a handshake is admitted and given back when the handshake fails or
 * the connection ends. Thread safe.
 */
final class ConnectionGate {

	/** The body of the 503 that refuses a handshake once the server is shutting down. */
	static final String SHUTTING_DOWN = "Server shutting down";

	/** The body of the 503 that refuses a handshake beyond the maximum. */
	static final String TOO_MANY_CONNECTIONS = "Too many connections";

	private final int maxConnections;

	private final ServerShutdown shutdown;

	/** Places taken: handshakes admitted and not yet failed, plus open connections. */
	private final AtomicInteger taken = new AtomicInteger();

	ConnectionGate(int maxConnections, ServerShutdown shutdown) {
		this.maxConnections = maxConnections;
		this.shutdown = shutdown;
	}

	/**
	 * Takes a place for a handshake.
	 * @return the place, or {@code null} when the handshake is refused (see {@link #refusal()})
	 */
	@Nullable Admission admit() {
		if (this.shutdown.started()) {
			return null;
		}
		int current;
		do {
			current = this.taken.get();
			if (this.maxConnections > 0 && current >= this.maxConnections) {
				return null;
			}
		}
		while (!this.taken.compareAndSet(current, current + 1));
		return new Admission(this);
	}

	/**
	 * The body of the 503 of a refused handshake.
	 * @return why the last handshake was refused
	 */
	String refusal() {
		return this.shutdown.started() ? SHUTTING_DOWN : TOO_MANY_CONNECTIONS;
	}

	ServerShutdown shutdown() {
		return this.shutdown;
	}

	/** For testing: the places taken. */
	int taken() {
		return this.taken.get();
	}

	/**
	 * The place of one admitted handshake: taken until the handshake fails before the connection
	 * opens, or the connection ends. Giving it back twice is harmless.
	 */
	public static final class Admission {

		private static final int RESERVED = 0;

		private static final int CONNECTED = 1;

		private static final int RELEASED = 2;

		private final ConnectionGate gate;

		/** RESERVED until the connection opens (CONNECTED) or the place is given back (RELEASED). */
		private final AtomicInteger state = new AtomicInteger(RESERVED);

		private Admission(ConnectionGate gate) {
			this.gate = gate;
		}

		/** The connection has opened: the place is now given back when it ends. */
		void connected() {
			this.state.compareAndSet(RESERVED, CONNECTED);
		}

		/** The handshake failed before the connection opened: gives the place back; nothing once open. */
		void abandon() {
			if (this.state.compareAndSet(RESERVED, RELEASED)) {
				this.gate.taken.decrementAndGet();
			}
		}

		/** The connection has ended: gives the place back. */
		void release() {
			if (this.state.getAndSet(RELEASED) != RELEASED) {
				this.gate.taken.decrementAndGet();
			}
		}

	}

}
