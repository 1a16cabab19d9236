package io.wsboot.websocket.client;

import java.time.Duration;

import io.wsboot.websocket.RetryOptions;

/**
 * The wait before each reconnection attempt: {@code interval × factor^attempt}, at most
 * {@code maxWait}. Unlike the reference (whose factor ends up as 1.0), the wait really grows.
 * Stateless.
 *
 * @param interval the wait before attempt 0
 * @param factor how much each wait grows, at least 1.0
 * @param maxWait the longest wait
 */
record BackOff(Duration interval, double factor, Duration maxWait) {

	static BackOff of(RetryOptions retry) {
		return new BackOff(retry.interval(), retry.backOffFactor(), retry.maxWaitInterval());
	}

	/**
	 * The wait before an attempt.
	 * @param attempt the attempt, from 0
	 * @return the wait
	 */
	Duration delay(int attempt) {
		double millis = this.interval.toMillis() * Math.pow(this.factor, attempt);
		if (Double.isInfinite(millis) || millis >= this.maxWait.toMillis()) {
			return this.maxWait;
		}
		return Duration.ofMillis(Math.round(millis));
	}

}
