package io.wsboot.bench.load;

/**
 * When the measurement window of a fan-out run opens and closes, as {@link System#nanoTime()} values: set once by
 * the main thread before the writer starts, read by every event loop.
 */
final class MeasurementWindow {

	private volatile long start;

	private volatile long end;

	void set(long start, long end) {
		this.end = end;
		this.start = start;
	}

	long start() {
		return this.start;
	}

	long end() {
		return this.end;
	}

	/**
	 * Whether a moment lies inside the window.
	 */
	boolean contains(long nanos) {
		return nanos - this.start >= 0 && nanos - this.end < 0;
	}

}
