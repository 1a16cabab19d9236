package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;

/**
 * Calls back when a connection has had no reads or writes for a while, and again after each
 * further idle period. Activity costs one volatile write; the shared {@link ConnectionTimers}
 * thread checks the deadline, so no connection holds a thread or a per-message timer.
 */
final class IdleTimer {

	private final ConnectionTimers timers;

	private final long timeoutNanos;

	private final Runnable onIdle;

	/** {@link ConnectionTimers#nanoTime()} of the last read or write, or of the last idle callback. */
	private volatile long lastActivity;

	/** The pending check, null once stopped. Guarded by this. */
	private @Nullable ScheduledFuture<?> check;

	private boolean stopped;

	IdleTimer(ConnectionTimers timers, Duration timeout, Runnable onIdle) {
		this.timers = timers;
		this.timeoutNanos = timeout.toNanos();
		this.onIdle = onIdle;
		this.lastActivity = timers.nanoTime();
	}

	void start() {
		scheduleCheck(this.timeoutNanos);
	}

	void touch() {
		this.lastActivity = this.timers.nanoTime();
	}

	synchronized void stop() {
		this.stopped = true;
		if (this.check != null) {
			this.check.cancel(false);
			this.check = null;
		}
	}

	private void check() {
		long idle = this.timers.nanoTime() - this.lastActivity;
		if (idle >= this.timeoutNanos) {
			this.lastActivity = this.timers.nanoTime();
			this.timers.callback(this.onIdle);
			scheduleCheck(this.timeoutNanos);
		}
		else {
			scheduleCheck(this.timeoutNanos - idle);
		}
	}

	private synchronized void scheduleCheck(long delayNanos) {
		if (!this.stopped) {
			this.check = this.timers.schedule(this::check, Duration.ofNanos(delayNanos));
		}
	}

}
