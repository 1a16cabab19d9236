package io.wsboot.bench.runner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line of {@link Benchmarks}: {@code --quick} for one short round, {@code --only fanout} for the
 * fan-out run alone (its section replaces the one in {@code RESULTS.md}, the rest stays; {@code --only cluster} and
 * {@code --only echo}, the 64 B echo table, likewise), {@code --server-java JDK} for the servers of
 * {@code --only echo} on another JDK, and
 * {@code --fanout-property name=value}, repeatable, for a Spring property of the fan-out run's servers (over
 * {@link FanoutRun#DEFAULT_PROPERTIES}; {@code name=} leaves a default out; a name the server does not know is
 * ignored).
 *
 * @param quick one short round, not for the record
 * @param fanoutOnly only the fan-out run
 * @param clusterOnly only the cluster run (broadcast across instances through Redis)
 * @param echoOnly only the 64 B echo table, as a section headed by the servers' Java release
 * @param serverJava the JDK of the servers; another than the runner's only with {@code echoOnly}
 * @param fanoutProperties the fan-out run's server properties, defaults included, in order
 */
record RunOptions(boolean quick, boolean fanoutOnly, boolean clusterOnly, boolean echoOnly, ServerJava serverJava,
		Map<String, String> fanoutProperties) {

	static final String USAGE = "usage: bash benchmarks/run.sh [--quick] [--only fanout|cluster|echo]"
			+ " [--server-java JDK_HOME] [--fanout-property NAME=VALUE]…";

	/**
	 * Parses the command line.
	 * @throws IllegalArgumentException on an argument it does not know, with the usage
	 */
	static RunOptions parse(String[] args) {
		boolean quick = false;
		boolean fanoutOnly = false;
		boolean clusterOnly = false;
		boolean echoOnly = false;
		ServerJava serverJava = ServerJava.runner();
		Map<String, String> properties = new LinkedHashMap<>(FanoutRun.DEFAULT_PROPERTIES);
		for (int i = 0; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : "";
			switch (args[i]) {
				case "--quick" -> quick = true;
				case "--only" -> {
					if (!value.equals("fanout") && !value.equals("cluster") && !value.equals("echo")) {
						throw new IllegalArgumentException(
								"--only takes 'fanout', 'cluster' or 'echo', not '" + value + "'; " + USAGE);
					}
					fanoutOnly = value.equals("fanout");
					clusterOnly = value.equals("cluster");
					echoOnly = value.equals("echo");
					i++;
				}
				case "--server-java" -> {
					serverJava = ServerJava.of(value);
					i++;
				}
				case "--fanout-property" -> {
					int equals = value.indexOf('=');
					if (equals <= 0) {
						throw new IllegalArgumentException("--fanout-property takes NAME=VALUE, not '" + value + "'; " + USAGE);
					}
					String name = value.substring(0, equals);
					if (equals + 1 == value.length()) {
						properties.remove(name);
					}
					else {
						properties.put(name, value.substring(equals + 1));
					}
					i++;
				}
				default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; " + USAGE);
			}
		}
		if (!echoOnly && !serverJava.isRunner()) {
			throw new IllegalArgumentException("--server-java goes with --only echo; " + USAGE);
		}
		return new RunOptions(quick, fanoutOnly, clusterOnly, echoOnly, serverJava, Collections.unmodifiableMap(properties));
	}

	/**
	 * The command that gives these options, for the report.
	 */
	String command() {
		StringBuilder command = new StringBuilder("bash benchmarks/run.sh");
		if (this.quick) {
			command.append(" --quick");
		}
		if (this.fanoutOnly) {
			command.append(" --only fanout");
		}
		if (this.clusterOnly) {
			command.append(" --only cluster");
		}
		if (this.echoOnly) {
			command.append(" --only echo");
		}
		if (!this.serverJava.isRunner()) {
			command.append(" --server-java ").append(this.serverJava.home());
		}
		FanoutRun.DEFAULT_PROPERTIES.forEach((name, value) -> {
			if (!this.fanoutProperties.containsKey(name)) {
				command.append(" --fanout-property ").append(name).append('=');
			}
		});
		this.fanoutProperties.forEach((name, value) -> {
			if (!value.equals(FanoutRun.DEFAULT_PROPERTIES.get(name))) {
				command.append(" --fanout-property ").append(name).append('=').append(value);
			}
		});
		return command.toString();
	}

}
