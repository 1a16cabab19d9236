package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One scheduler thread shared by every connection for close and idle deadlines, so that no
 * connection holds a thread of its own, and a pool for the service methods those deadlines call,
 * which may block. Scheduled tasks must be short and must not block.
 */
public final class ConnectionTimers implements AutoCloseable {

	private final ScheduledThreadPoolExecutor executor;

	/**
	 * A fixed pool, so that ten thousand connections going idle at once queue their callbacks
	 * instead of starting ten thousand threads.
	 */
	private final ExecutorService callbacks = Executors.newFixedThreadPool(
			Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), (task) -> {
				Thread thread = new Thread(task, "wsboot-callback");
				thread.setDaemon(true);
				return thread;
			});

	/**
	 * Create the timers and their thread.
	 */
	public ConnectionTimers() {
		this.executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "wsboot-timer");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.setRemoveOnCancelPolicy(true);
	}

	/**
	 * Runs a task once after a delay.
	 * @param task the task
	 * @param delay the delay
	 * @return a handle to cancel it
	 */
	public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
		return this.executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * Runs a task that may block, such as a service method, off the scheduler thread.
	 * @param task the task
	 */
	public void callback(Runnable task) {
		this.callbacks.execute(task);
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
		this.callbacks.shutdownNow();
	}

}
