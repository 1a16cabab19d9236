package io.wsboot.bench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the connections of a run share with the main thread: the first failure, which the main thread turns into
 * the {@code FAILED} line as soon as it waits next.
 */
final class RunState {

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	private final AtomicReference<String> failure = new AtomicReference<>();

	/**
	 * Records a failure; only the first one is reported.
	 */
	void fail(String reason) {
		this.failure.compareAndSet(null, reason);
	}

	/**
	 * Waits until the latch opens or the deadline passes.
	 * @param latch what to wait for
	 * @param deadline a {@link System#nanoTime()} value
	 * @return whether the latch opened
	 * @throws LoadFailure as soon as a connection has failed
	 * @throws InterruptedException if interrupted
	 */
	boolean await(CountDownLatch latch, long deadline) throws LoadFailure, InterruptedException {
		for (;;) {
			String reason = this.failure.get();
			if (reason != null) {
				throw new LoadFailure(reason);
			}
			if (latch.getCount() == 0) {
				return true;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			latch.await(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * Sleeps until the deadline.
	 * @throws LoadFailure as soon as a connection has failed
	 * @throws InterruptedException if interrupted
	 */
	void sleepUntil(long deadline) throws LoadFailure, InterruptedException {
		await(new CountDownLatch(1), deadline);
	}

}
