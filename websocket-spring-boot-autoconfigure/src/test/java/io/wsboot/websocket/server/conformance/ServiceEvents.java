package io.wsboot.websocket.server.conformance;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What the recording service saw, one queue per connection tag (a query parameter), so that tests
 * sharing the application never see each other's events.
 */
final class ServiceEvents {

	private final Map<String, BlockingQueue<String>> events = new ConcurrentHashMap<>();

	void record(String tag, String event) {
		queue(tag).add(event);
	}

	/** The next event of a tag, or a failed test after {@link RawFrameClient#TIMEOUT} without one. */
	String next(String tag) throws InterruptedException {
		String event = queue(tag).poll(RawFrameClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (event == null) {
			throw new AssertionError("The service saw nothing more within " + RawFrameClient.TIMEOUT);
		}
		return event;
	}

	private BlockingQueue<String> queue(String tag) {
		return this.events.computeIfAbsent(tag, (key) -> new LinkedBlockingQueue<>());
	}

}
