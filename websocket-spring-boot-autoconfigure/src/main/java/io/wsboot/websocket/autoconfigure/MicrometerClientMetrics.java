package io.wsboot.websocket.autoconfigure;

import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.wsboot.websocket.client.ClientMetrics;

/**
 * The meters of the auto-configured {@code WsClient}: {@code websocket.client.connections} (open
 * now), {@code websocket.client.messages} (by {@code direction}: {@code sent}, {@code received})
 * and {@code websocket.client.reconnects}.
 */
final class MicrometerClientMetrics implements ClientMetrics {

	private final MeterRegistry registry;

	private final Counter sent;

	private final Counter received;

	private final Counter reconnects;

	MicrometerClientMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.sent = messages("sent");
		this.received = messages("received");
		this.reconnects = Counter.builder("websocket.client.reconnects")
			.description("Connections established again by their retry after a lost connection")
			.register(registry);
	}

	private Counter messages(String direction) {
		return Counter.builder("websocket.client.messages")
			.description("Messages of WsClient connections")
			.tag("direction", direction)
			.register(this.registry);
	}

	@Override
	public void sent() {
		this.sent.increment();
	}

	@Override
	public void received() {
		this.received.increment();
	}

	@Override
	public void reconnected() {
		this.reconnects.increment();
	}

	@Override
	public void connections(IntSupplier open) {
		Gauge.builder("websocket.client.connections", open, IntSupplier::getAsInt)
			.description("Open WsClient connections")
			.strongReference(true)
			.register(this.registry);
	}

}
