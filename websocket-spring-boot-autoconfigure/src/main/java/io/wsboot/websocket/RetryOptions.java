package io.wsboot.websocket;

import java.time.Duration;

/**
 * Reconnection after a failed connect, an I/O error or a close with 1006: the n-th attempt (from
 * 0) waits {@code interval × backOffFactor^n}, at most {@code maxWaitInterval}. Set with
 * {@link ConnectOptionsBuilder#retry(RetryOptions)}.
 *
 * @param maxCount how many attempts, 0 for no limit
 * @param interval the wait before the first attempt
 * @param backOffFactor how much each wait grows, at least 1.0
 * @param maxWaitInterval the longest wait
 */
public record RetryOptions(int maxCount, Duration interval, double backOffFactor, Duration maxWaitInterval) {

	/**
	 * Validates the values.
	 * @throws IllegalArgumentException for a negative count or interval, or a factor below 1.0
	 */
	public RetryOptions {
		if (maxCount < 0) {
			throw new IllegalArgumentException("maxCount must be >= 0 but was " + maxCount);
		}
		if (interval.isNegative() || maxWaitInterval.isNegative()) {
			throw new IllegalArgumentException("interval and maxWaitInterval must not be negative but were "
					+ interval + " and " + maxWaitInterval);
		}
		if (!(backOffFactor >= 1.0)) {
			throw new IllegalArgumentException("backOffFactor must be >= 1.0 but was " + backOffFactor);
		}
	}

	/**
	 * The reference's defaults: no limit, 1 s, factor 1.0, at most 30 s.
	 * @return the retry settings
	 */
	public static RetryOptions defaults() {
		return new RetryOptions(0, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(30));
	}

}
