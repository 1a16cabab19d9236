package io.wsboot.websocket.server;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.wsboot.websocket.SendBufferOverflowException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WriteTimeoutException;
import io.wsboot.websocket.connection.OutboundWriter;
import io.wsboot.websocket.protocol.CloseErrors;
import io.wsboot.websocket.protocol.WriteErrors;
import org.jspecify.annotations.Nullable;

/**
 * The outbound side of one server connection: when and on which thread a message is written. How
 * is the shared {@link OutboundWriter}'s: frames go to the {@link Transport} one message at a time
 * under its lock, after the {@link CloseHandshake}'s state has said the connection is open, and
 * write failures become the API's exceptions.
 *
 * <p>A write from one of the connection's own service methods goes straight to the network when
 * nothing waits and the transport can take it, so that a peer that reads slowly slows down only its
 * own conversation. Any other
 * write, such as a broadcast from another connection's thread, is put in the connection's
 * {@link SendBuffer} and sent in order by a sender thread, so that it never blocks on this peer.
 * A write that overflows the buffer throws {@link SendBufferOverflowException}; with the CLOSE
 * policy the overflow, like a failure of a queued send, goes to the connection's failure handler
 * on a sender thread.
 */
final class ServerWriter implements OutboundWriter.Side<Transport> {

	private final Transport transport;

	private final ConnectionTimers timers;

	private final OutboundWriter<Transport> outbound = new OutboundWriter<>(this, null);

	/** The outbound writer's lock, held while a message is written, so that frames never interleave. */
	private final ReentrantLock lock = this.outbound.lock();

	private final CloseHandshake handshake;

	private final SendBuffer<OutboundWriter.Send<Transport>> buffer;

	private final long bufferLimit;

	/** Whether the calling thread runs one of the connection's service methods. */
	private final BooleanSupplier onServiceThread;

	/** Records a write for the idle timer. */
	private final Runnable touch;

	/** Told of a queued write that failed and of an overflow; set once, before use. */
	private volatile @Nullable Consumer<WebSocketException> failures;

	ServerWriter(Transport transport, ConnectionTimers timers, SendBufferSettings bufferSettings,
			EndpointMetrics metrics, BooleanSupplier onServiceThread, Runnable touch) {
		this.transport = transport;
		this.timers = timers;
		this.buffer = new SendBuffer<>(bufferSettings, metrics);
		this.bufferLimit = bufferSettings.limit();
		this.onServiceThread = onServiceThread;
		this.touch = touch;
		this.handshake = new CloseHandshake(transport, timers, this.lock, this::flush);
	}

	CloseHandshake handshake() {
		return this.handshake;
	}

	void onFailure(Consumer<WebSocketException> failures) {
		this.failures = failures;
	}

	/**
	 * Whether messages are still taken: open, and the send buffer has not overflowed.
	 * @return whether writes are taken
	 */
	boolean isOpen() {
		return this.handshake.state().isOpen() && !this.buffer.hasOverflowed();
	}

	/**
	 * Writes a message, or queues it in the send buffer.
	 * @param send sends the message's frames
	 * @param size the message's size in bytes, as it counts against the send buffer limit; asked
	 * only when the message is queued
	 * @param text whether it is text, for the error after a close
	 */
	void write(OutboundWriter.Send<Transport> send, LongSupplier size, boolean text) {
		checkOpen(text);
		if (this.onServiceThread.getAsBoolean() && this.transport.isWritable() && this.lock.tryLock()) {
			try {
				if (this.buffer.isIdle()) {
					this.outbound.writeLocked(send, text);
					this.touch.run();
					return;
				}
			}
			finally {
				this.lock.unlock();
			}
		}
		switch (this.buffer.offer(send, size.getAsLong())) {
			case START_SENDER -> startSender();
			case OVERFLOWED -> {
				SendBufferOverflowException overflow = overflow();
				this.timers.send(() -> overflowed(overflow));
				throw overflow;
			}
			case REFUSED -> throw overflow();
			case QUEUED -> {
			}
		}
	}

	/** Starts the sender; once the server's threads have stopped, the write finds the connection closed. */
	private void startSender() {
		try {
			this.timers.send(this::sendWaiting);
		}
		catch (RejectedExecutionException ex) {
			// Nothing will send what waits: empty the buffer and end the sender's turn it just began.
			this.buffer.discard();
			this.buffer.next();
			throw CloseErrors.alreadyClosed(ex);
		}
	}

	/**
	 * After an overflow: a send stuck on the peer would hold the close frame back for up to the send
	 * time limit, so the connection is dropped at once, as this side's close; otherwise the failure
	 * handler closes it.
	 */
	private void overflowed(SendBufferOverflowException overflow) {
		if (this.lock.tryLock()) {
			this.lock.unlock();
			report(overflow);
		}
		else {
			this.handshake.closedByContainer();
			report(overflow);
			drop();
		}
	}

	private SendBufferOverflowException overflow() {
		return new SendBufferOverflowException(
				"Send buffer full: more than " + this.bufferLimit + " bytes wait for a peer that reads too slowly");
	}

	private void checkOpen(boolean text) {
		this.handshake.state().checkWritable(text);
		if (this.buffer.hasOverflowed()) {
			throw overflow();
		}
	}

	/** The transport, once {@link #checkOpen(boolean)} has passed; the writer's lock is held. */
	@Override
	public Transport await(@Nullable Transport stale, boolean text) {
		checkOpen(text);
		return this.transport;
	}

	/** The sender: sends what waits, one message at a time, until nothing does. */
	private void sendWaiting() {
		OutboundWriter.Send<Transport> next;
		while ((next = nextUnderLock()) != null) {
			WebSocketException failure = null;
			try {
				sendOrThrowApiException(next);
			}
			catch (WebSocketException ex) {
				failure = ex;
			}
			finally {
				this.lock.unlock();
			}
			if (failure != null && !this.buffer.hasOverflowed()) {
				this.buffer.discard();
				report(failure);
			}
		}
	}

	/** Takes the lock and the next message; returns null, without the lock, when there is none. */
	private OutboundWriter.@Nullable Send<Transport> nextUnderLock() {
		this.lock.lock();
		OutboundWriter.Send<Transport> next = this.buffer.next();
		if (next == null) {
			this.lock.unlock();
			return null;
		}
		if (!this.handshake.state().isOpen()) {
			this.buffer.discard();
			this.lock.unlock();
			return nextUnderLock();
		}
		return next;
	}

	/**
	 * Sends what waits, on the calling thread, before this side's close frame; a failure ends the
	 * flush and leaves the close to find the connection broken. Called under the lock.
	 */
	private void flush() {
		OutboundWriter.Send<Transport> next;
		while ((next = this.buffer.next()) != null) {
			try {
				sendOrThrowApiException(next);
			}
			catch (WebSocketException ex) {
				this.buffer.discard();
				return;
			}
		}
	}

	private void sendOrThrowApiException(OutboundWriter.Send<Transport> send) {
		this.outbound.send(this.transport, send, false);
		this.touch.run();
	}

	@Override
	public WebSocketException failed(Exception failure, boolean text) {
		WebSocketException mapped = WriteErrors.of(failure);
		if (mapped instanceof WriteTimeoutException) {
			// The peer may hold part of the message: the connection cannot be trusted any more. Dropping
			// it is this side's decision, so the container's report of the same failure is not news.
			drop();
		}
		return mapped;
	}

	/**
	 * Drops the connection without waiting for a close handshake, as this side's decision: the end
	 * that follows does not reach {@code onClose}, which is for closes the peer starts.
	 */
	void drop() {
		this.handshake.closedByContainer();
		this.transport.abort();
	}

	private void report(WebSocketException failure) {
		Consumer<WebSocketException> handler = this.failures;
		if (handler != null) {
			handler.accept(failure);
		}
	}

}
