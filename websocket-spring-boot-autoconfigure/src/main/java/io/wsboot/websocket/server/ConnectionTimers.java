package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * The clock and the scheduler behind every connection's close and idle deadlines, and the threads
 * that send what waits in connections' send buffers, shared by all connections so that none holds a
 * thread of its own. Deadlines are measured on {@link #nanoTime()},
 * so a test can supply timers whose time it moves by hand.
 */
public interface ConnectionTimers extends AutoCloseable {

	/**
	 * Timers on platform threads.
	 * @return timers to close when the server stops
	 */
	static ConnectionTimers create() {
		return new ExecutorConnectionTimers(false);
	}

	/**
	 * Timers whose service-method callbacks and sends run on virtual threads (Java 21 and later)
	 * or on platform threads.
	 * @param virtualThreads whether to use virtual threads, as {@code spring.threads.virtual.enabled}
	 * asks
	 * @return timers to close when the server stops
	 */
	static ConnectionTimers create(boolean virtualThreads) {
		return new ExecutorConnectionTimers(virtualThreads);
	}

	/**
	 * The current time of these timers, in nanoseconds from an arbitrary origin; only the difference
	 * between two readings means anything, as with {@link System#nanoTime()}.
	 * @return the current time
	 */
	long nanoTime();

	/**
	 * Runs a task once after a delay on {@link #nanoTime()}. The task must be short and must not
	 * block.
	 * @param task the task
	 * @param delay the delay
	 * @return a handle to cancel it
	 */
	ScheduledFuture<?> schedule(Runnable task, Duration delay);

	/**
	 * Runs a task that may block, such as a service method, off the scheduler thread.
	 * @param task the task
	 */
	void callback(Runnable task);

	/**
	 * Runs the sends of one connection's send buffer, which may block on a slow peer for up to the
	 * send time limit, on a thread of their own: a peer that stalls never delays another.
	 * @param task the task
	 */
	void send(Runnable task);

	/**
	 * Stops the timers; pending tasks do not run.
	 */
	@Override
	void close();

}
