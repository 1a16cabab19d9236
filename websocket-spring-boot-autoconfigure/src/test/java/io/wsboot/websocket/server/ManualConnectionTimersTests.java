package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The manual clock the timer tests rely on: tasks run at their due time, in order, and only then.
 */
class ManualConnectionTimersTests {

	private final ManualConnectionTimers timers = new ManualConnectionTimers();

	private final List<String> ran = new CopyOnWriteArrayList<>();

	@Test
	void runsDueTasksInOrderOfDueTimeAtTheirDueTime() {
		this.timers.schedule(() -> this.ran.add("b@" + this.timers.nanoTime()), Duration.ofNanos(20));
		this.timers.schedule(() -> this.ran.add("a@" + this.timers.nanoTime()), Duration.ofNanos(10));
		this.timers.schedule(() -> this.ran.add("c@" + this.timers.nanoTime()), Duration.ofNanos(20));
		this.timers.advance(Duration.ofNanos(19));
		assertThat(this.ran).containsExactly("a@10");
		this.timers.advance(Duration.ofNanos(1));
		assertThat(this.ran).containsExactly("a@10", "b@20", "c@20");
		assertThat(this.timers.nanoTime()).isEqualTo(20);
	}

	@Test
	void runsTasksScheduledByTasksWhenTheyFallDueWithinTheSameAdvance() {
		this.timers.schedule(() -> this.timers.schedule(() -> this.ran.add("inner@" + this.timers.nanoTime()),
				Duration.ofNanos(5)), Duration.ofNanos(10));
		this.timers.advance(Duration.ofNanos(15));
		assertThat(this.ran).containsExactly("inner@15");
	}

	@Test
	void doesNotRunCancelledTasks() {
		ScheduledFuture<?> task = this.timers.schedule(() -> this.ran.add("cancelled"), Duration.ofNanos(10));
		task.cancel(false);
		this.timers.advance(Duration.ofNanos(10));
		assertThat(this.ran).isEmpty();
		assertThat(this.timers.pendingTasks()).isZero();
	}

	@Test
	void aTaskThatThrowsFailsTheAdvance() {
		this.timers.schedule(() -> {
			throw new IllegalStateException("boom");
		}, Duration.ofNanos(10));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.timers.advance(Duration.ofNanos(10)))
			.withCauseInstanceOf(IllegalStateException.class);
	}

}
