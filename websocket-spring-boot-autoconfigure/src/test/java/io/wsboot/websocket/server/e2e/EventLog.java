package io.wsboot.websocket.server.e2e;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the test services saw, one queue per test tag (a query parameter), so that tests sharing the
 * application do not see each other's events.
 */
final class EventLog {

	private final Map<String, BlockingQueue<String>> events = new ConcurrentHashMap<>();

	void record(String tag, String event) {
		queue(tag).add(event);
	}

	String next(String tag) throws InterruptedException {
		String event = queue(tag).poll(JdkClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(event).as("an event for " + tag).isNotNull();
		return event;
	}

	BlockingQueue<String> queue(String tag) {
		return this.events.computeIfAbsent(tag, (key) -> new LinkedBlockingQueue<>());
	}

}
