package io.wsboot.bench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts one section into an existing {@code RESULTS.md} and leaves the others as they are: the section replaces the
 * one under the same heading, up to the next {@code ## } heading, or else goes before a given heading, or else
 * at the end. Also reads sections back, for a full run to keep those it does not measure.
 */
final class ResultsFile {

	private ResultsFile() {
	}

	/**
	 * @param file the results file; created when it does not exist
	 * @param heading how the section's heading line starts
	 * @param section the section, heading included, ending with a line break
	 * @param before how the heading of the section it goes before starts, when there is none to replace
	 */
	static void replaceSection(Path file, String heading, String section, String before) throws IOException {
		List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
		List<String> out = new ArrayList<>();
		int at = -1;
		boolean skipping = false;
		for (String line : lines) {
			if (line.startsWith("## ")) {
				skipping = line.startsWith(heading);
				if (at < 0 && (skipping || line.startsWith(before))) {
					at = out.size();
				}
			}
			if (!skipping) {
				out.add(line);
			}
		}
		List<String> sectionLines = section.lines().toList();
		out.addAll((at < 0) ? out.size() : at, sectionLines);
		Files.writeString(file, String.join("\n", out) + "\n");
	}

	/**
	 * The sections whose headings start alike, each from its heading up to the next {@code ## } heading.
	 * @param file the results file; none when it does not exist
	 * @param heading how the sections' heading lines start
	 * @return each section, ending with a line break, in file order
	 */
	static List<String> sections(Path file, String heading) throws IOException {
		List<String> sections = new ArrayList<>();
		StringBuilder section = null;
		for (String line : Files.exists(file) ? Files.readAllLines(file) : List.<String>of()) {
			if (line.startsWith("## ")) {
				if (section != null) {
					sections.add(section.toString());
				}
				section = line.startsWith(heading) ? new StringBuilder() : null;
			}
			if (section != null) {
				section.append(line).append('\n');
			}
		}
		if (section != null) {
			sections.add(section.toString());
		}
		return sections;
	}

}
