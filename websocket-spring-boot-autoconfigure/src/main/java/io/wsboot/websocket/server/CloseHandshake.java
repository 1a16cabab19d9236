package io.wsboot.websocket.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.connection.CloseState;
import io.wsboot.websocket.protocol.CloseErrors;
import io.wsboot.websocket.protocol.CloseReasons;
import io.wsboot.websocket.protocol.ReportedCloseCodes;
import org.jspecify.annotations.Nullable;

/**
 * The close handshake of one server connection, over its {@link CloseState}: CLOSING once this side
 * sent a close frame (or the container closed on its own), CLOSED when the connection has ended,
 * whoever closed it. Sends this side's close frame under the connection's write lock, after the
 * messages waiting in the send buffer, so that it never cuts into a message, and drops the
 * connection when the peer does not answer in time.
 */
final class CloseHandshake {

	private final Transport transport;

	private final ConnectionTimers timers;

	private final ReentrantLock writeLock;

	/** Sends what waits in the send buffer; called under the write lock. */
	private final Runnable flush;

	private final CloseState state = new CloseState();

	/** Completed with the final status code when the connection has ended, whoever closed it. */
	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	CloseHandshake(Transport transport, ConnectionTimers timers, ReentrantLock writeLock, Runnable flush) {
		this.transport = transport;
		this.timers = timers;
		this.writeLock = writeLock;
		this.flush = flush;
	}

	CloseState state() {
		return this.state;
	}

	/**
	 * Sends this side's close frame, once.
	 * @param statusCode a valid status code
	 * @param reason the reason, cut to fit the frame
	 * @param timeout how long the container may wait for the peer's answer
	 * @param failIfSent whether a second close is an error rather than nothing
	 * @return whether this call sent the close frame
	 * @throws ConnectionClosureException for a second close when {@code failIfSent}, or when the
	 * close frame could not be sent (the connection is then dropped)
	 */
	boolean start(int statusCode, @Nullable String reason, Duration timeout, boolean failIfSent) {
		if (!failIfSent && !this.state.isOpen()) {
			// Nothing to do, and no need to wait for the write lock, which a send stuck on the peer may hold.
			return false;
		}
		this.writeLock.lock();
		try {
			if (this.state.closedHere()) {
				if (failIfSent) {
					throw CloseErrors.alreadyClosing();
				}
				return false;
			}
			if (!this.state.startClosing()) {
				return false;
			}
			this.flush.run();
			try {
				this.transport.sendClose(statusCode, CloseReasons.fit(reason), timeout);
			}
			catch (IOException | RuntimeException ex) {
				this.transport.abort();
				throw CloseErrors.closedWithoutEcho(ex);
			}
			return true;
		}
		finally {
			this.writeLock.unlock();
		}
	}

	/** Drops the connection unless it has ended within the timeout; does not wait. */
	void dropIfNotClosedWithin(Duration timeout) {
		if (!this.closed.isDone()) {
			this.timers.schedule(() -> {
				if (!this.closed.isDone()) {
					this.transport.abort();
				}
			}, timeout);
		}
	}

	/**
	 * Waits for the connection to end after this side's close frame.
	 * @param timeout how long to wait for the peer's answer; then the connection is dropped
	 * @throws ConnectionClosureException when no answer came in time, or the peer dropped the
	 * connection instead of answering
	 */
	void awaitClosed(Duration timeout) {
		CompletableFuture<Integer> answer = this.closed.copy();
		// The deadline settles the answer before it aborts, so the 1006 of the abort is not taken for the answer.
		ScheduledFuture<?> deadline = this.timers.schedule(() -> {
			if (answer.completeExceptionally(new TimeoutException())) {
				this.transport.abort();
			}
		}, timeout);
		int statusCode;
		try {
			statusCode = answer.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConnectionClosureException("Interrupted while waiting for the close frame", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof TimeoutException) {
				throw CloseErrors.noCloseFrameWithin(timeout);
			}
			throw new ConnectionClosureException("Close failed", ex.getCause());
		}
		finally {
			deadline.cancel(false);
		}
		if (statusCode == ReportedCloseCodes.ABNORMAL_CLOSURE) {
			throw CloseErrors.closedWithoutEcho(null);
		}
	}

	/**
	 * Records that the connection has ended.
	 * @param statusCode the final status code
	 * @return the state it was in
	 */
	CloseState.Phase ended(int statusCode) {
		CloseState.Phase previous = this.state.ended();
		this.closed.complete(statusCode);
		return previous;
	}

	/** Records that the container has closed the connection on its own, as if this side had. */
	void closedByContainer() {
		this.state.closeHere();
	}

}
