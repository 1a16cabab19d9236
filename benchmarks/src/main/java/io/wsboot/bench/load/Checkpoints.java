package io.wsboot.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Lets the runner act at fixed points of a run, such as measuring the server's heap: {@link #reach(String)} prints
 * a line and waits for the next line on standard input. Once standard input has ended (a run by hand with
 * {@code </dev/null}) it no longer waits.
 */
final class Checkpoints {

	private final BufferedReader input = new BufferedReader(
			new InputStreamReader(System.in, StandardCharsets.US_ASCII));

	/** Whether standard input has ended. Main thread only. */
	private boolean ended;

	/**
	 * Prints a line and waits for the answer.
	 * @param line what the runner is told
	 */
	void reach(String line) throws IOException {
		System.out.println(line);
		System.out.flush();
		if (!this.ended) {
			this.ended = this.input.readLine() == null;
		}
	}

}
