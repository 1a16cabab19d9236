package io.wsboot.websocket.server;

import java.util.ArrayDeque;

import io.wsboot.websocket.SendBufferOverflow;
import org.jspecify.annotations.Nullable;

/**
 * The messages waiting to be sent to one peer, in order, bounded in bytes: a message that does not
 * fit overflows the buffer, which then either refuses it for good ({@link SendBufferOverflow#CLOSE})
 * or discards the oldest waiting messages ({@link SendBufferOverflow#DROP_OLDEST}). A message is
 * always taken when nothing waits, however large. Tracks whether a sender is at work, so that
 * exactly one sends at a time. A connection that never queues holds no queue.
 *
 * @param <M> the messages
 */
final class SendBuffer<M> {

	/** What {@link #offer} did with a message. */
	enum Offer {

		/** Queued behind others, for the sender at work. */
		QUEUED,

		/** Queued with no sender at work: the caller must start one, which calls {@link #next()}. */
		START_SENDER,

		/** The buffer overflowed with this message, under the CLOSE policy: it was not taken. */
		OVERFLOWED,

		/** The buffer had overflowed before: nothing is taken any more. */
		REFUSED

	}

	private final SendBufferSettings settings;

	private final EndpointMetrics metrics;

	/** Created with the first message queued. Guarded by this. */
	private @Nullable ArrayDeque<Waiting<M>> waiting;

	/** The bytes of the waiting messages. Guarded by this. */
	private long bytes;

	/** Whether a sender is at work. Written under this; read without it by {@link #isIdle()}. */
	private volatile boolean sending;

	/** Whether the buffer overflowed under the CLOSE policy. Written under this; read without it. */
	private volatile boolean overflowed;

	SendBuffer(SendBufferSettings settings, EndpointMetrics metrics) {
		this.settings = settings;
		this.metrics = metrics;
	}

	/**
	 * Queues a message.
	 * @param message the message
	 * @param size its size in bytes
	 * @return what became of it
	 */
	synchronized Offer offer(M message, long size) {
		if (this.overflowed) {
			return Offer.REFUSED;
		}
		ArrayDeque<Waiting<M>> queue = this.waiting;
		if (queue == null) {
			queue = new ArrayDeque<>();
			this.waiting = queue;
		}
		if (!queue.isEmpty() && this.bytes + size > this.settings.limit()) {
			if (this.settings.overflow() == SendBufferOverflow.CLOSE) {
				this.overflowed = true;
				discard();
				return Offer.OVERFLOWED;
			}
			dropOldestToFit(queue, size);
		}
		queue.add(new Waiting<>(message, size));
		this.bytes += size;
		if (this.sending) {
			return Offer.QUEUED;
		}
		this.sending = true;
		return Offer.START_SENDER;
	}

	private void dropOldestToFit(ArrayDeque<Waiting<M>> queue, long size) {
		int dropped = 0;
		while (!queue.isEmpty() && this.bytes + size > this.settings.limit()) {
			this.bytes -= queue.remove().size();
			dropped++;
		}
		this.metrics.dropped(dropped);
	}

	/**
	 * Takes the next message for the sender at work; when none waits the sender's work is over.
	 * @return the message, or {@code null} when the sender must stop
	 */
	synchronized @Nullable M next() {
		ArrayDeque<Waiting<M>> queue = this.waiting;
		Waiting<M> next = (queue != null) ? queue.poll() : null;
		if (next == null) {
			this.sending = false;
			this.waiting = null;
			return null;
		}
		this.bytes -= next.size();
		return next.message();
	}

	/**
	 * Whether a message may be sent straight away: nothing waits and no sender is at work.
	 * @return whether the buffer is idle
	 */
	boolean isIdle() {
		return !this.sending && !this.overflowed;
	}

	/**
	 * Whether the buffer overflowed under the CLOSE policy.
	 * @return whether it did
	 */
	boolean hasOverflowed() {
		return this.overflowed;
	}

	/** Drops what waits; a sender at work finds nothing more. */
	synchronized void discard() {
		this.waiting = null;
		this.bytes = 0;
	}

	/**
	 * For testing: the bytes waiting.
	 * @return the bytes
	 */
	synchronized long bytes() {
		return this.bytes;
	}

	private record Waiting<M>(M message, long size) {
	}

}
