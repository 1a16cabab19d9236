package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * {@link ConnectionTimers} whose time moves only when a test calls {@link #advance(Duration)}, which
 * runs the tasks that fall due on the calling thread, in order of their due time. Callbacks run at
 * once on the thread that asks for them, so everything a deadline causes has happened when
 * {@code advance} returns. A task that throws fails the {@code advance} that ran it, and so does
 * a task that keeps rescheduling itself without delay, which would otherwise never let time move.
 */
final class ManualConnectionTimers implements ConnectionTimers {

	/** More tasks than any test runs in one advance: a task that keeps rescheduling itself at no delay. */
	private static final int MAX_TASKS_PER_ADVANCE = 100_000;

	/** The current time in nanoseconds. Guarded by this. */
	private long now;

	/** Tasks not run yet, the next due first. Guarded by this. */
	private final PriorityQueue<Task> pending = new PriorityQueue<>(
			Comparator.comparingLong((Task task) -> task.due).thenComparingLong((task) -> task.sequence));

	/** Numbers the tasks, so that tasks due at the same time run in the order they were scheduled. Guarded by this. */
	private long scheduled;

	@Override
	public synchronized long nanoTime() {
		return this.now;
	}

	@Override
	public synchronized ScheduledFuture<?> schedule(Runnable task, Duration delay) {
		Task scheduledTask = new Task(task, this.now + delay.toNanos(), this.scheduled++);
		this.pending.add(scheduledTask);
		notifyAll();
		return scheduledTask;
	}

	@Override
	public void callback(Runnable task) {
		task.run();
	}

	/** Sends held for {@link #runHeldSends()}; null while sends run at once. Guarded by this. */
	private @Nullable List<Runnable> heldSends;

	/**
	 * Sends run at once on the thread that asks for them, as callbacks do, unless
	 * {@link #holdSends()} was called.
	 */
	@Override
	public void send(Runnable task) {
		synchronized (this) {
			if (this.heldSends != null) {
				this.heldSends.add(task);
				return;
			}
		}
		task.run();
	}

	/** From now on, sends wait for {@link #runHeldSends()}, as they would for a busy sender thread. */
	synchronized void holdSends() {
		this.heldSends = new ArrayList<>();
	}

	/**
	 * Runs the sends held so far, in order, on the calling thread.
	 * @return how many ran
	 */
	int runHeldSends() {
		List<Runnable> tasks;
		synchronized (this) {
			tasks = List.copyOf(this.heldSends);
			this.heldSends.clear();
		}
		tasks.forEach(Runnable::run);
		return tasks.size();
	}

	@Override
	public synchronized void close() {
		this.pending.clear();
	}

	/**
	 * Moves time forward, running each task that falls due on the way at its due time, including
	 * tasks those tasks schedule.
	 * @param duration how far
	 */
	void advance(Duration duration) {
		long target;
		synchronized (this) {
			target = this.now + duration.toNanos();
		}
		int ran = 0;
		Task task;
		while ((task = nextDueBy(target)) != null) {
			if (++ran > MAX_TASKS_PER_ADVANCE) {
				throw new AssertionError("More than " + MAX_TASKS_PER_ADVANCE + " tasks ran while advancing to "
						+ Duration.ofNanos(target) + ": a task keeps rescheduling itself without delay");
			}
			task.run();
			task.rethrowFailure();
		}
		synchronized (this) {
			this.now = target;
		}
	}

	/**
	 * Waits until a task is pending, for a test whose code under test schedules on another thread.
	 * @throws TimeoutException if none is scheduled within ten seconds
	 * @throws InterruptedException if interrupted while waiting
	 */
	synchronized void awaitPendingTask() throws TimeoutException, InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (pendingTasks() == 0) {
			long left = end - System.nanoTime();
			if (left <= 0) {
				throw new TimeoutException("No task was scheduled within 10 seconds");
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	/**
	 * The tasks scheduled and neither run nor cancelled.
	 * @return their number
	 */
	synchronized int pendingTasks() {
		this.pending.removeIf(Task::isCancelled);
		return this.pending.size();
	}

	private synchronized Task nextDueBy(long target) {
		this.pending.removeIf(Task::isCancelled);
		Task next = this.pending.peek();
		if (next == null || next.due > target) {
			return null;
		}
		this.pending.remove();
		this.now = next.due;
		return next;
	}

	/** A task and its due time; cancelling it keeps it from running. */
	private final class Task extends FutureTask<Void> implements ScheduledFuture<Void> {

		private final long due;

		private final long sequence;

		Task(Runnable task, long due, long sequence) {
			super(task, null);
			this.due = due;
			this.sequence = sequence;
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(this.due - nanoTime(), TimeUnit.NANOSECONDS);
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
		}

		void rethrowFailure() {
			if (isCancelled()) {
				return;
			}
			try {
				get();
			}
			catch (ExecutionException ex) {
				throw new AssertionError("A scheduled task failed", ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted", ex);
			}
		}

	}

}
