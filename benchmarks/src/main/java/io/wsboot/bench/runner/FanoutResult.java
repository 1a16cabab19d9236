package io.wsboot.bench.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fan-out run measured on one server.
 *
 * @param server the server
 * @param result the load generator's {@code RESULT} pairs
 * @param stalled the load generator's {@code STALLED} lines, one per stalled peer, as pairs
 * @param heapConnected heap after a full collection with every connection open, in bytes
 * @param heapDrained the same once the messages have drained, the stalled peers still not reading
 * @param heapResumed the same once the stalled peers have read again and their connections ended
 * @param serverEvents the room's {@code FANOUT-CLOSE} and {@code FANOUT-ERROR} lines, as pairs, for the stalled
 * peers and for any other connection that failed or closed with a code other than 1000
 */
record FanoutResult(Server server, Map<String, String> result, List<Map<String, String>> stalled, long heapConnected,
		long heapDrained, long heapResumed, List<Map<String, String>> serverEvents) {

	/**
	 * The same result with the server's lines, read once the server has stopped.
	 */
	FanoutResult withServerEvents(List<Map<String, String>> events) {
		return new FanoutResult(this.server, this.result, this.stalled, this.heapConnected, this.heapDrained,
				this.heapResumed, events);
	}

	/**
	 * Parses a line of {@code key=value} pairs after a first word, which becomes the pair {@code tag}; the value of
	 * the key {@code tail} runs to the end of the line, spaces and all.
	 * @param line such as {@code FANOUT-CLOSE peer=stalled-4 at_ms=1796119502735 code=1006 reason=Write timeout}
	 * @param tail the key whose value is the rest of the line
	 * @return the pairs in order
	 */
	static Map<String, String> pairs(String line, String tail) {
		Map<String, String> pairs = new LinkedHashMap<>();
		int space = line.indexOf(' ');
		pairs.put("tag", (space < 0) ? line : line.substring(0, space));
		int at = space + 1;
		while (at > 0 && at < line.length()) {
			int equals = line.indexOf('=', at);
			if (equals < 0) {
				break;
			}
			String key = line.substring(at, equals);
			int end = key.equals(tail) ? -1 : line.indexOf(' ', equals);
			pairs.put(key, line.substring(equals + 1, (end < 0) ? line.length() : end));
			at = (end < 0) ? line.length() : end + 1;
		}
		return pairs;
	}

}
