package io.wsboot.websocket.autoconfigure;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.server.EndpointMetrics;

/**
 * An endpoint's metrics in Micrometer: {@code websocket.server.connections} (open now),
 * {@code websocket.server.messages} ({@code direction} in or out), {@code websocket.server.closes}
 * (by {@code code}) and {@code websocket.server.errors} (by {@code exception}), all tagged with the
 * {@code endpoint} path.
 */
final class MicrometerEndpointMetrics implements EndpointMetrics {

	private final MeterRegistry registry;

	private final String endpoint;

	private final AtomicInteger open = new AtomicInteger();

	private final Counter received;

	private final Counter sent;

	private final Counter dropped;

	MicrometerEndpointMetrics(MeterRegistry registry, String endpoint) {
		this.registry = registry;
		this.endpoint = endpoint;
		Gauge.builder("websocket.server.connections", this.open, AtomicInteger::get)
			.description("Open WebSocket connections")
			.tag("endpoint", endpoint)
			.register(registry);
		this.received = messages("in");
		this.sent = messages("out");
		this.dropped = Counter.builder("websocket.server.messages.dropped")
			.description("Messages discarded from the send buffer of a slow peer")
			.tag("endpoint", endpoint)
			.register(registry);
	}

	private Counter messages(String direction) {
		return Counter.builder("websocket.server.messages")
			.description("Whole WebSocket messages received or written")
			.tags("endpoint", this.endpoint, "direction", direction)
			.register(this.registry);
	}

	@Override
	public void opened() {
		this.open.incrementAndGet();
	}

	@Override
	public void closed(int statusCode) {
		this.open.decrementAndGet();
		this.registry.counter("websocket.server.closes", "endpoint", this.endpoint, "code", Integer.toString(statusCode))
			.increment();
	}

	@Override
	public void received() {
		this.received.increment();
	}

	@Override
	public void sent() {
		this.sent.increment();
	}

	@Override
	public void dropped(int messages) {
		this.dropped.increment(messages);
	}

	@Override
	public void failed(WebSocketException error) {
		this.registry
			.counter("websocket.server.errors", "endpoint", this.endpoint, "exception", error.getClass().getSimpleName())
			.increment();
	}

}
