package io.wsboot.bench.load;

/**
 * A log-linear histogram of nanosecond durations: exact below 128 ns, above that 128 buckets per power of two
 * (under 0.8 % relative error); durations beyond 2^36 ns (about 69 s) count in the last bucket. Not thread-safe:
 * each event-loop thread records into its own and the results are merged at the end.
 */
final class LatencyHistogram {

	private static final int SUB_BITS = 7;

	private static final int SUB_BUCKETS = 1 << SUB_BITS;

	private static final int MAX_SHIFT = 28;

	private static final long MAX_VALUE = (1L << (MAX_SHIFT + SUB_BITS + 1)) - 1;

	private final long[] counts = new long[(MAX_SHIFT + 2) * SUB_BUCKETS];

	private long total;

	private long max;

	void record(long nanos) {
		long value = Math.min(Math.max(nanos, 0), MAX_VALUE);
		this.counts[index(value)]++;
		this.total++;
		this.max = Math.max(this.max, value);
	}

	void add(LatencyHistogram other) {
		for (int i = 0; i < this.counts.length; i++) {
			this.counts[i] += other.counts[i];
		}
		this.total += other.total;
		this.max = Math.max(this.max, other.max);
	}

	long max() {
		return this.max;
	}

	/**
	 * The value at a quantile: the middle of the bucket holding it, never above the largest value recorded.
	 * @param quantile between 0 and 1, e.g. 0.99
	 * @return nanoseconds, or 0 when nothing was recorded
	 */
	double valueAt(double quantile) {
		long rank = Math.max(1, (long) Math.ceil(quantile * this.total));
		long seen = 0;
		for (int i = 0; i < this.counts.length; i++) {
			seen += this.counts[i];
			if (seen >= rank) {
				if (i < SUB_BUCKETS) {
					return i;
				}
				int shift = (i >>> SUB_BITS) - 1;
				long lowest = (long) (i - (shift << SUB_BITS)) << shift;
				return Math.min(lowest + ((1L << shift) - 1) / 2.0, this.max);
			}
		}
		return 0;
	}

	private static int index(long value) {
		if (value < SUB_BUCKETS) {
			return (int) value;
		}
		int shift = 63 - Long.numberOfLeadingZeros(value) - SUB_BITS;
		return (shift << SUB_BITS) + (int) (value >>> shift);
	}

}
