package io.wsboot.websocket.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What the test services saw, one queue per connection tag (a query parameter), so that tests sharing the
 * application never see each other's events.
 */
public final class ServiceEvents {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Map<String, BlockingQueue<String>> events = new ConcurrentHashMap<>();

	/** Adds an event to the queue of a tag. */
	public void record(String tag, String event) {
		queue(tag).add(event);
	}

	/** Takes the next event of a tag, or fails the test after 10 s without one. */
	public String next(String tag) throws InterruptedException {
		String event = queue(tag).poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (event == null) {
			throw new AssertionError("The service saw nothing more for " + tag + " within " + TIMEOUT);
		}
		return event;
	}

	/** The events of a tag not taken yet, live. */
	public BlockingQueue<String> queue(String tag) {
		return this.events.computeIfAbsent(tag, (key) -> new LinkedBlockingQueue<>());
	}

}
