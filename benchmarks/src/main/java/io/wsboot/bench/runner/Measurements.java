package io.wsboot.bench.runner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a run: for each scenario and server, the value of each metric in every round;
 * medians on request.
 */
final class Measurements {

	private final Map<String, Map<Server, Map<String, List<Double>>>> values = new LinkedHashMap<>();

	void add(String scenario, Server server, Map<String, String> result, String... metrics) {
		Map<String, List<Double>> byMetric = this.values.computeIfAbsent(scenario, (key) -> new EnumMap<>(Server.class))
			.computeIfAbsent(server, (key) -> new LinkedHashMap<>());
		for (String metric : metrics) {
			byMetric.computeIfAbsent(metric, (key) -> new ArrayList<>()).add(Double.parseDouble(result.get(metric)));
		}
	}

	void add(String scenario, Server server, String metric, double value) {
		this.values.computeIfAbsent(scenario, (key) -> new EnumMap<>(Server.class))
			.computeIfAbsent(server, (key) -> new LinkedHashMap<>())
			.computeIfAbsent(metric, (key) -> new ArrayList<>())
			.add(value);
	}

	/** The median of a metric, or NaN when it was not measured. */
	double median(String scenario, Server server, String metric) {
		List<Double> all = this.values.getOrDefault(scenario, Map.of())
			.getOrDefault(server, Map.of())
			.getOrDefault(metric, List.of());
		if (all.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(all);
		sorted.sort(null);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/** All values of a metric, in round order, for the record. */
	List<Double> all(String scenario, Server server, String metric) {
		return this.values.getOrDefault(scenario, Map.of())
			.getOrDefault(server, Map.of())
			.getOrDefault(metric, List.of());
	}

	/**
	 * Parses a {@code RESULT key=value …} line.
	 * @param line the line
	 * @return its pairs
	 */
	static Map<String, String> parse(String line) {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String token : line.substring("RESULT ".length()).trim().split("\\s+")) {
			int equals = token.indexOf('=');
			if (equals > 0) {
				pairs.put(token.substring(0, equals), token.substring(equals + 1));
			}
		}
		return pairs;
	}

}
