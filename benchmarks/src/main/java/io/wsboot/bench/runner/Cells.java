package io.wsboot.bench.runner;

import java.util.Locale;

/**
 * How numbers appear in the tables of {@code RESULTS.md}; a value that was not measured (NaN) is a dash.
 */
final class Cells {

	private Cells() {
	}

	/** {@code value ÷ base} as {@code 0.97×}. */
	static String ratio(double value, double base) {
		return (Double.isNaN(value) || Double.isNaN(base) || base == 0) ? "–" : String.format(Locale.ROOT, "%.2f×", value / base);
	}

	/** A rate, count or time in whole units with thousands separators. */
	static String count(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
	}

	/** Bytes as kilobytes with one decimal. */
	static String kb(double bytes) {
		return Double.isNaN(bytes) ? "–" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
	}

}
