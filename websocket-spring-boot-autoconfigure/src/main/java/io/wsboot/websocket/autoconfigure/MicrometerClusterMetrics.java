package io.wsboot.websocket.autoconfigure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wsboot.websocket.cluster.ClusterMetrics;

/**
 * The cluster link's metrics in Micrometer: {@code websocket.cluster.messages} (broadcasts published
 * to Redis, {@code direction} out, or received from other instances, in) and
 * {@code websocket.cluster.failures} (sends that reached no other instance, out, and arrivals that
 * could not be read, in).
 */
final class MicrometerClusterMetrics implements ClusterMetrics {

	private final Counter published;

	private final Counter received;

	private final Counter sendFailures;

	private final Counter receiveFailures;

	MicrometerClusterMetrics(MeterRegistry registry) {
		this.published = messages(registry, "out");
		this.received = messages(registry, "in");
		this.sendFailures = failures(registry, "out");
		this.receiveFailures = failures(registry, "in");
	}

	private static Counter messages(MeterRegistry registry, String direction) {
		return Counter.builder("websocket.cluster.messages")
			.description("Broadcasts published to the other instances (out) or received from them (in)")
			.tag("direction", direction)
			.register(registry);
	}

	private static Counter failures(MeterRegistry registry, String direction) {
		return Counter.builder("websocket.cluster.failures")
			.description("Broadcasts that reached no other instance (out) or could not be read (in)")
			.tag("direction", direction)
			.register(registry);
	}

	@Override
	public void published() {
		this.published.increment();
	}

	@Override
	public void received() {
		this.received.increment();
	}

	@Override
	public void failed(String direction) {
		("in".equals(direction) ? this.receiveFailures : this.sendFailures).increment();
	}

}
