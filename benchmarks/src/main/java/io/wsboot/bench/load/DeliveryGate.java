package io.wsboot.bench.load;

/**
 * Paces the writer of fan-out mode: at most {@code window} messages are on their way at a time, a message being on
 * its way until every reader still open has received it (or skipped it). The writer asks for each sequence number
 * and is woken when the oldest message arrives everywhere; readers report what they receive and their own end.
 * Thread-safe: every event loop calls it, under one lock held for a few steps.
 */
final class DeliveryGate {

	/** For each message on its way, at {@code sequence % window}: the open readers that have not received it. */
	private final int[] missing;

	/** The sequence numbers handed out so far, which is also the next one. */
	private long issued;

	/** Every message below this sequence number has reached every open reader. */
	private long completed;

	/** The readers whose connection has not ended. */
	private int open;

	/** The writer's wake-up while it waits for room; {@code null} while it does not. */
	private Runnable waiting;

	DeliveryGate(int window, int readers) {
		this.missing = new int[window];
		this.open = readers;
	}

	/**
	 * Hands out the next sequence number if a message may leave now.
	 * @param wakeUp run once when room appears, if there is none now
	 * @return the sequence number, or -1 when {@code window} messages are on their way
	 */
	synchronized long issue(Runnable wakeUp) {
		if (this.issued - this.completed == this.missing.length) {
			this.waiting = wakeUp;
			return -1;
		}
		long sequence = this.issued++;
		this.missing[slot(sequence)] = this.open;
		advance();
		return sequence;
	}

	/**
	 * A reader received (or skipped) a message.
	 */
	synchronized void received(long sequence) {
		this.missing[slot(sequence)]--;
		advance();
	}

	/**
	 * A reader's connection ended; it will not receive the messages from {@code next} on.
	 */
	synchronized void readerEnded(long next) {
		this.open--;
		for (long sequence = Math.max(next, this.completed); sequence < this.issued; sequence++) {
			this.missing[slot(sequence)]--;
		}
		advance();
	}

	/**
	 * The sequence numbers handed out so far.
	 */
	synchronized long issued() {
		return this.issued;
	}

	/**
	 * Whether every message handed out has reached every open reader.
	 */
	synchronized boolean settled() {
		return this.completed == this.issued;
	}

	private void advance() {
		long before = this.completed;
		while (this.completed < this.issued && this.missing[slot(this.completed)] == 0) {
			this.completed++;
		}
		if (this.completed != before && this.waiting != null) {
			Runnable wakeUp = this.waiting;
			this.waiting = null;
			wakeUp.run();
		}
	}

	private int slot(long sequence) {
		return (int) (sequence % this.missing.length);
	}

}
