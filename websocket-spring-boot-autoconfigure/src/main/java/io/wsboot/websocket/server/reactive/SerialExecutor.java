package io.wsboot.websocket.server.reactive;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.scheduler.Scheduler;

/**
 * Runs one connection's tasks one at a time, in the order they were submitted, on a shared
 * scheduler's threads: a connection with work takes a worker for a batch of tasks, one hand-over
 * per batch rather than per frame, and gives it back so that busy connections take turns. Never
 * blocks the submitting thread (Netty's event loop).
 */
final class SerialExecutor implements Executor, Runnable {

	private static final Log logger = LogFactory.getLog(SerialExecutor.class);

	/** Tasks run in one turn before the connection lets others have the worker. */
	private static final int BATCH = 64;

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	/** Tasks submitted and not yet run; the submitter that raises it from 0 schedules a turn. */
	private final AtomicInteger pending = new AtomicInteger();

	private final Scheduler workers;

	SerialExecutor(Scheduler workers) {
		this.workers = workers;
	}

	@Override
	public void execute(Runnable task) {
		this.tasks.add(task);
		if (this.pending.getAndIncrement() == 0) {
			this.workers.schedule(this);
		}
	}

	/** One turn: up to {@link #BATCH} tasks, then another turn if more are waiting. */
	@Override
	public void run() {
		for (int i = 0; i < BATCH; i++) {
			runLogged(this.tasks.poll());
			if (this.pending.decrementAndGet() == 0) {
				return;
			}
		}
		this.workers.schedule(this);
	}

	private void runLogged(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			logger.error("A WebSocket connection task failed", ex);
		}
	}

}
