package io.wsboot.websocket.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.wsboot.websocket.ReadTimeoutException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.protocol.CloseErrors;
import org.jspecify.annotations.Nullable;

/**
 * The messages received and not yet read, in arrival order, and how the connection ended. Bounded:
 * when it holds {@code capacity} messages {@link #offer} says to stop reading the socket, and the
 * read that makes room says to go on. No I/O; thread safe.
 */
final class InboundQueue {

	/** Which message a read accepts. */
	enum Kind {

		/** Text only. */
		TEXT,

		/** Binary only. */
		BINARY,

		/** Either. */
		ANY

	}

	private final int capacity;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	/** Messages, {@code String} or {@code byte[]}; guarded by {@link #lock}. */
	private final Deque<Object> messages = new ArrayDeque<>();

	/** Whether the socket is not being read because the queue was full; guarded by {@link #lock}. */
	private boolean paused;

	/** How the connection ended, thrown once by the read that meets it; null while open. */
	private @Nullable WebSocketException ending;

	/** Whether {@link #ending} was thrown already (or this side closed); later reads say "already closed". */
	private boolean endingReported;

	/** Whether this side closed: received messages are dropped. */
	private boolean closedLocally;

	InboundQueue(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * Adds a received message.
	 * @param message a {@code String} or {@code byte[]}
	 * @return whether to read on; {@code false} pauses the socket until a read makes room
	 */
	boolean offer(Object message) {
		this.lock.lock();
		try {
			if (this.closedLocally || this.ending != null) {
				return true;
			}
			this.messages.add(message);
			this.changed.signalAll();
			this.paused = this.messages.size() >= this.capacity;
			return !this.paused;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Whether a newly opened socket may be read (the queue has room); otherwise it stays paused
	 * until a read makes room.
	 * @return whether to read
	 */
	boolean mayRead() {
		this.lock.lock();
		try {
			this.paused = !this.closedLocally && this.messages.size() >= this.capacity;
			return !this.paused;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Takes the next message of a kind, waiting for it.
	 * @param kind what the read accepts
	 * @param timeout how long to wait, or {@code null} for no limit
	 * @param resume run (outside the lock) when this read ends a pause
	 * @return the message
	 * @throws WebSocketException when the next message is of the other kind (it stays queued)
	 * @throws ReadTimeoutException when nothing arrived in time
	 * @throws io.wsboot.websocket.ConnectionClosureException when the connection ended
	 */
	Object take(Kind kind, @Nullable Duration timeout, Runnable resume) {
		boolean resumed;
		Object message;
		this.lock.lock();
		try {
			long nanos = (timeout != null) ? timeout.toNanos() : Long.MAX_VALUE;
			boolean waited = false;
			while (this.messages.isEmpty()) {
				if (this.ending != null) {
					throw ended(waited);
				}
				if (nanos <= 0) {
					throw new ReadTimeoutException("Read timed out");
				}
				waited = true;
				nanos = (timeout != null) ? this.changed.awaitNanos(nanos) : awaitForever();
			}
			message = this.messages.peek();
			if (kind == Kind.TEXT && !(message instanceof String)) {
				throw mismatch("text", "binary", "readBinaryMessage()");
			}
			if (kind == Kind.BINARY && !(message instanceof byte[])) {
				throw mismatch("binary", "text", "readTextMessage()");
			}
			this.messages.poll();
			resumed = this.paused && this.messages.size() < this.capacity;
			this.paused = this.paused && !resumed;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WebSocketException("Interrupted while reading", ex);
		}
		finally {
			this.lock.unlock();
		}
		if (resumed) {
			resume.run();
		}
		return message;
	}

	/**
	 * The peer closed, or the connection failed: reads get the queued messages, then {@code ending}
	 * once, then {@code "Connection already closed"}. Only the first ending counts.
	 * @param ending what the read that meets the end throws
	 */
	void end(WebSocketException ending) {
		this.lock.lock();
		try {
			if (this.ending == null) {
				this.ending = ending;
				this.changed.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * This side closed: queued messages are dropped, waiting reads end with
	 * {@code "Connection closed"}, later ones with {@code "Connection already closed"}.
	 * @return whether the socket was paused, so must be read again to see the peer's close frame
	 */
	boolean closeLocally() {
		this.lock.lock();
		try {
			this.closedLocally = true;
			this.messages.clear();
			if (this.ending == null) {
				this.ending = CloseErrors.closedWhileReading();
			}
			this.endingReported = true;
			this.changed.signalAll();
			boolean wasPaused = this.paused;
			this.paused = false;
			return wasPaused;
		}
		finally {
			this.lock.unlock();
		}
	}

	int size() {
		this.lock.lock();
		try {
			return this.messages.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	private WebSocketException ended(boolean waited) {
		if (this.endingReported && !waited) {
			return CloseErrors.alreadyClosed();
		}
		this.endingReported = true;
		return this.ending;
	}

	private long awaitForever() throws InterruptedException {
		this.changed.await();
		return Long.MAX_VALUE;
	}

	private static WebSocketException mismatch(String expected, String actual, String method) {
		return new WebSocketException("Expected a " + expected + " message but the next one is " + actual
				+ "; it stays queued for " + method + " or readMessage()");
	}

}
