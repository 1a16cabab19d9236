package io.wsboot.bench.runner;

import java.io.IOException;

/**
 * The 64 B echo table measured alone ({@code --only echo}), usually with the servers on another JDK
 * ({@code --server-java}): a section of its own, headed by the servers' Java release, that replaces only the section
 * of that release.
 */
final class EchoSection {

	/** How the heading of every such section starts, by which a full run keeps them. */
	static final String HEADING_PREFIX = "## Echo, 64 B, on Java ";

	/** The section such a section goes before when the file has none of its release yet. */
	static final String BEFORE = "## How cost grows";

	private final Measurements measurements;

	private final ServerJava serverJava;

	private final int rounds;

	private final String provenance;

	/**
	 * @param measurements the headline runs
	 * @param serverJava the servers' JDK
	 * @param rounds how many rounds were measured
	 * @param provenance the sentence that says which command measured it, and when
	 */
	EchoSection(Measurements measurements, ServerJava serverJava, int rounds, String provenance) {
		this.measurements = measurements;
		this.serverJava = serverJava;
		this.rounds = rounds;
		this.provenance = provenance;
	}

	/** This section's heading, such as {@code ## Echo, 64 B, on Java 25}. */
	String heading() throws IOException {
		return HEADING_PREFIX + this.serverJava.feature();
	}

	String render() throws IOException {
		return heading() + "\n\n" + this.provenance + "\n\n" + "- Every server JVM on " + this.serverJava.describe()
				+ " (`" + this.serverJava.home() + "`) with `" + String.join(" ", Processes.SERVER_FLAGS)
				+ "`, the load generator on " + ServerJava.runner().describe()
				+ "; otherwise as the 64 B table of the full run: the servers side by side, one unrecorded warm-up round, then "
				+ this.rounds + ((this.rounds == 1) ? " round" : " rounds") + ", medians. " + EchoTable.LEGEND + "\n\n"
				+ new EchoTable(this.measurements).render();
	}

}
