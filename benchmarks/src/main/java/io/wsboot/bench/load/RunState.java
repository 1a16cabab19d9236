package io.wsboot.bench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * What the connections of a run share with the main thread: the first failure, which the main thread turns into
 * the {@code FAILED} line as soon as it waits next.
 */
final class RunState {

	private static final int POLL_MILLIS = 20;

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
		return await(() -> latch.getCount() == 0, deadline);
	}

	/**
	 * Waits until a condition holds or the deadline passes, looking every {@value #POLL_MILLIS} ms.
	 * @param condition what to wait for
	 * @param deadline a {@link System#nanoTime()} value
	 * @return whether the condition held
	 * @throws LoadFailure as soon as a connection has failed
	 * @throws InterruptedException if interrupted
	 */
	boolean await(BooleanSupplier condition, long deadline) throws LoadFailure, InterruptedException {
		for (;;) {
			String reason = this.failure.get();
			if (reason != null) {
				throw new LoadFailure(reason);
			}
			if (condition.getAsBoolean()) {
				return true;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
		}
	}

	/**
	 * Sleeps until the deadline.
	 * @throws LoadFailure as soon as a connection has failed
	 * @throws InterruptedException if interrupted
	 */
	void sleepUntil(long deadline) throws LoadFailure, InterruptedException {
		await(() -> false, deadline);
	}

}
