package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * The {@link ConnectionTimers} of a running server: {@link System#nanoTime()}, one scheduler thread
 * shared by every connection, a fixed pool for the service methods the deadlines call, which may
 * block, and a growing pool for sends; or, with virtual threads, a virtual thread for each callback
 * and each send.
 */
final class ExecutorConnectionTimers implements ConnectionTimers {

	private final ScheduledThreadPoolExecutor executor;

	/**
	 * A fixed pool, so that ten thousand connections going idle at once queue their callbacks
	 * instead of starting ten thousand threads; virtual threads cost nothing to wait.
	 */
	private final Executor callbacks;

	/**
	 * Grows as needed and lets threads go after a minute idle: a send holds its thread while a slow
	 * peer takes its bytes, at most the send time limit, and a fixed pool would let stalled peers
	 * hold up the healthy ones.
	 */
	private final Executor senders;

	ExecutorConnectionTimers(boolean virtualThreads) {
		this.executor = new ScheduledThreadPoolExecutor(1, (task) -> daemon(task, "wsboot-timer"));
		this.executor.setRemoveOnCancelPolicy(true);
		if (virtualThreads) {
			this.callbacks = new VirtualThreadTaskExecutor("wsboot-callback-");
			this.senders = new VirtualThreadTaskExecutor("wsboot-send-");
		}
		else {
			this.callbacks = Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
					(task) -> daemon(task, "wsboot-callback"));
			this.senders = Executors.newCachedThreadPool((task) -> daemon(task, "wsboot-send"));
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public long nanoTime() {
		return System.nanoTime();
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
		return this.executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
	}

	@Override
	public void callback(Runnable task) {
		this.callbacks.execute(task);
	}

	@Override
	public void send(Runnable task) {
		this.senders.execute(task);
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
		if (this.callbacks instanceof ExecutorService pool) {
			pool.shutdownNow();
		}
		if (this.senders instanceof ExecutorService pool) {
			pool.shutdownNow();
		}
	}

}
