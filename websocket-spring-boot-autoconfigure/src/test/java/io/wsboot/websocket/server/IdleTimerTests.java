package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idle timer on a manual clock: when it fires, what postpones it, and that it stops.
 */
class IdleTimerTests {

	private final ManualConnectionTimers timers = new ManualConnectionTimers();

	private final AtomicInteger idleCalls = new AtomicInteger();

	private final IdleTimer timer = new IdleTimer(this.timers, Duration.ofSeconds(1), this.idleCalls::incrementAndGet);

	@Test
	void firesAfterExactlyTheIdlePeriodAndNotBefore() {
		this.timer.start();
		this.timers.advance(Duration.ofMillis(999));
		assertThat(this.idleCalls).hasValue(0);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.idleCalls).hasValue(1);
	}

	@Test
	void activityPostponesItByAWholePeriod() {
		this.timer.start();
		this.timers.advance(Duration.ofMillis(600));
		this.timer.touch();
		this.timers.advance(Duration.ofMillis(999));
		assertThat(this.idleCalls).hasValue(0);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.idleCalls).hasValue(1);
	}

	@Test
	void firesAgainAfterEachFurtherIdlePeriod() {
		this.timer.start();
		this.timers.advance(Duration.ofSeconds(1));
		this.timers.advance(Duration.ofMillis(999));
		assertThat(this.idleCalls).hasValue(1);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.idleCalls).hasValue(2);
		this.timers.advance(Duration.ofSeconds(3));
		assertThat(this.idleCalls).hasValue(5);
	}

	@Test
	void activityAfterAnIdleCallbackPostponesTheNextOne() {
		this.timer.start();
		this.timers.advance(Duration.ofSeconds(1));
		this.timers.advance(Duration.ofMillis(500));
		this.timer.touch();
		this.timers.advance(Duration.ofMillis(999));
		assertThat(this.idleCalls).hasValue(1);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.idleCalls).hasValue(2);
	}

	@Test
	void firesNoMoreOnceStoppedAndLeavesNoTaskBehind() {
		this.timer.start();
		this.timers.advance(Duration.ofSeconds(1));
		this.timer.stop();
		this.timers.advance(Duration.ofSeconds(10));
		assertThat(this.idleCalls).hasValue(1);
		assertThat(this.timers.pendingTasks()).isZero();
	}

	@Test
	void keepsOneTaskPendingWhateverTheTraffic() {
		this.timer.start();
		for (int i = 0; i < 100; i++) {
			this.timers.advance(Duration.ofMillis(100));
			this.timer.touch();
		}
		assertThat(this.idleCalls).hasValue(0);
		assertThat(this.timers.pendingTasks()).isOne();
	}

}
