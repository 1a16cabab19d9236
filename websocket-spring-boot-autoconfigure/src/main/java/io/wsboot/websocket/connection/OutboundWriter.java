package io.wsboot.websocket.connection;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.wsboot.websocket.WebSocketException;
import org.jspecify.annotations.Nullable;

/**
 * How a connection, server or client, writes: one message at a time under one lock, to the target
 * its {@link Side} gives once the connection is open (the server's transport; the client's current
 * link, which may mean waiting through a reconnection), with the side's mapping of a failed write to
 * the API's exception. With a retry hook, a write that fails makes its target give way and is sent
 * once more on the next target. When and on which thread a write happens is the side's business.
 *
 * @param <L> the target type
 */
public final class OutboundWriter<L> {

	/** Held while a message is written, so that the frames of two messages never interleave. */
	private final ReentrantLock lock = new ReentrantLock();

	private final Side<L> side;

	/** Makes a target that failed a write give way to the next; null when a failed write is not sent again. */
	private final @Nullable Consumer<L> retry;

	/**
	 * Creates a writer.
	 * @param side where writes go and what their failures mean
	 * @param retry makes a target that failed a write give way to the next, or {@code null} for no
	 * second attempt
	 */
	public OutboundWriter(Side<L> side, @Nullable Consumer<L> retry) {
		this.side = side;
		this.retry = retry;
	}

	/**
	 * The lock held while a message is written, for a side that also writes outside
	 * {@link #write(Send, boolean)}, such as its close frame.
	 * @return the lock
	 */
	public ReentrantLock lock() {
		return this.lock;
	}

	/**
	 * Writes one message: waits for the lock, then as {@link #writeLocked(Send, boolean)}.
	 * @param send sends the message's frames
	 * @param text whether it is a text message, for the error after this side's close
	 */
	public void write(Send<L> send, boolean text) {
		this.lock.lock();
		try {
			writeLocked(send, text);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Writes one message to the side's target, holding the lock already.
	 * @param send sends the message's frames
	 * @param text whether it is a text message, for the error after this side's close
	 * @throws WebSocketException when the connection is not open or the write fails
	 */
	public void writeLocked(Send<L> send, boolean text) {
		L target = this.side.await(null, text);
		@Nullable Consumer<L> giveWay = this.retry;
		if (giveWay == null) {
			send(target, send, text);
			return;
		}
		try {
			send.to(target);
		}
		catch (IOException | RuntimeException ex) {
			passOn(ex);
			giveWay.accept(target);
			send(this.side.await(target, text), send, text);
		}
	}

	/**
	 * Sends a message to a target, once, holding the lock already, without asking whether the
	 * connection is open.
	 * @param target where to send it
	 * @param send sends the message's frames
	 * @param text whether it is a text message
	 * @throws WebSocketException when the write fails
	 */
	public void send(L target, Send<L> send, boolean text) {
		try {
			send.to(target);
		}
		catch (IOException | RuntimeException ex) {
			passOn(ex);
			throw this.side.failed(ex, text);
		}
	}

	/** Throws a failure that is not a failed write as it is. */
	private void passOn(Exception failure) {
		if (failure instanceof RuntimeException unchecked && !this.side.isWriteFailure(unchecked)) {
			throw unchecked;
		}
	}

	/**
	 * What one side of a connection tells its writer.
	 *
	 * @param <L> the target type
	 */
	public interface Side<L> {

		/**
		 * The target to write to once the connection is open; may wait.
		 * @param stale a target that has just failed a write, which is not to be returned, or
		 * {@code null}
		 * @param text whether the write is a text message, for the error after this side's close
		 * @return the target
		 * @throws WebSocketException when the connection is not open and will not be
		 */
		L await(@Nullable L stale, boolean text);

		/**
		 * Whether an unchecked exception of a send is a failed write, to be mapped (and retried); any
		 * other reaches the caller as it is. An {@link IOException} always is one.
		 * @param failure what the send threw
		 * @return whether it is a failed write
		 */
		default boolean isWriteFailure(RuntimeException failure) {
			return true;
		}

		/**
		 * The API's exception for a failed write.
		 * @param failure what the send threw
		 * @param text whether the write was a text message
		 * @return the exception to throw
		 */
		WebSocketException failed(Exception failure, boolean text);

	}

	/**
	 * Sends one message's frames to a target.
	 *
	 * @param <L> the target type
	 */
	@FunctionalInterface
	public interface Send<L> {

		void to(L target) throws IOException;

	}

}
