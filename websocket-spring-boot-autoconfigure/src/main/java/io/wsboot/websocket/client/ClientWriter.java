package io.wsboot.websocket.client;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.wsboot.websocket.ConnectionClosureException;

/**
 * The outbound side of a client connection: one message at a time under one lock, on the current
 * link once the {@link ClientState} says the connection is open, waiting through a reconnection.
 * With retry, a write that fails on a link drops that link, which starts a reconnection, and is sent
 * once more on the next link. Failures become the API's exceptions.
 */
final class ClientWriter {

	private final ClientState state;

	/** Whether a link that fails a write is replaced by a reconnection. */
	private final boolean retry;

	/** Held while a message is written, so that the fragments of two messages never interleave. */
	private final ReentrantLock lock = new ReentrantLock();

	ClientWriter(ClientState state, boolean retry) {
		this.state = state;
		this.retry = retry;
	}

	/**
	 * Writes one message or control frame, waiting while the connection is being opened again.
	 * @param write sends it on a link
	 * @param afterClose the error of a write after this side's close
	 * @throws ConnectionClosureException when closing or closed
	 * @throws io.wsboot.websocket.WebSocketException when the write fails
	 */
	void write(Consumer<JettyLink> write, Supplier<ConnectionClosureException> afterClose) {
		this.lock.lock();
		try {
			JettyLink target = this.state.awaitOpen(null, afterClose);
			try {
				write.accept(target);
			}
			catch (JettyLink.LinkWriteException ex) {
				if (!this.retry) {
					throw this.state.writeFailure(ex, afterClose);
				}
				// Make sure the link ends as abnormally closed, which starts reconnecting, then send again once.
				target.disconnect();
				JettyLink next = this.state.awaitOpen(target, afterClose);
				try {
					write.accept(next);
				}
				catch (JettyLink.LinkWriteException again) {
					throw this.state.writeFailure(again, afterClose);
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

}
