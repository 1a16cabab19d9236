package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The {@link ConnectionTimers} of a running server: {@link System#nanoTime()}, one scheduler thread
 * shared by every connection, a fixed pool for the service methods the deadlines call, which may
 * block, and a growing pool for sends.
 */
final class ExecutorConnectionTimers implements ConnectionTimers {

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
	 * Grows as needed and lets threads go after a minute idle: a send holds its thread while a slow
	 * peer takes its bytes, at most the send time limit, and a fixed pool would let stalled peers
	 * hold up the healthy ones.
	 */
	private final ExecutorService senders = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "wsboot-send");
		thread.setDaemon(true);
		return thread;
	});

	ExecutorConnectionTimers() {
		this.executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "wsboot-timer");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.setRemoveOnCancelPolicy(true);
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
		this.callbacks.shutdownNow();
		this.senders.shutdownNow();
	}

}
