package io.wsboot.websocket.server;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

import io.wsboot.websocket.WebSocketException;
import org.jspecify.annotations.Nullable;

/**
 * What one connection has done so far, for the actuator: when it opened, its peer and the whole
 * messages it received and wrote. It stands between the connection and its endpoint's
 * {@link EndpointMetrics}, counting on its own before passing each event on. Counting is one atomic
 * increment of a field, without locks or allocation, so that it costs the message path nothing worth
 * measuring. Thread safe.
 */
final class ConnectionStats implements EndpointMetrics {

	private static final AtomicLongFieldUpdater<ConnectionStats> RECEIVED = AtomicLongFieldUpdater
		.newUpdater(ConnectionStats.class, "received");

	private static final AtomicLongFieldUpdater<ConnectionStats> SENT = AtomicLongFieldUpdater
		.newUpdater(ConnectionStats.class, "sent");

	private final EndpointMetrics endpoint;

	private final Transport transport;

	private final Instant openedAt;

	/** Whole messages received; incremented through RECEIVED only. */
	private volatile long received;

	/** Whole messages written; incremented through SENT only, from any writing thread. */
	private volatile long sent;

	ConnectionStats(EndpointMetrics endpoint, Transport transport, Instant openedAt) {
		this.endpoint = endpoint;
		this.transport = transport;
		this.openedAt = openedAt;
	}

	Instant openedAt() {
		return this.openedAt;
	}

	@Nullable InetSocketAddress remoteAddress() {
		return this.transport.remoteAddress();
	}

	long messagesIn() {
		return this.received;
	}

	long messagesOut() {
		return this.sent;
	}

	@Override
	public void opened() {
		this.endpoint.opened();
	}

	@Override
	public void closed(int statusCode) {
		this.endpoint.closed(statusCode);
	}

	@Override
	public void received() {
		RECEIVED.incrementAndGet(this);
		this.endpoint.received();
	}

	@Override
	public void sent() {
		SENT.incrementAndGet(this);
		this.endpoint.sent();
	}

	@Override
	public void dropped(int messages) {
		this.endpoint.dropped(messages);
	}

	@Override
	public void failed(WebSocketException error) {
		this.endpoint.failed(error);
	}

}
