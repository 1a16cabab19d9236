package io.wsboot.websocket.actuate;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.server.ConnectionRegistry;
import io.wsboot.websocket.server.EndpointSettings;
import io.wsboot.websocket.server.MappedEndpoints;
import io.wsboot.websocket.server.OpenConnection;
import io.wsboot.websocket.server.WebSocketEndpoint;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.Selector.Match;

/**
 * The {@code websockets} actuator endpoint. Without a selector it lists every WebSocket endpoint of
 * the application with its bean, its effective settings and how many connections it holds open; with
 * a selector, either the endpoint's bean name ({@code /actuator/websockets/chatUpgrade}) or its path as
 * declared ({@code /actuator/websockets/ws/echo}), it lists that endpoint's open connections. Durations
 * are written as in the properties ({@code 30s}), sizes in bytes.
 */
@Endpoint(id = "websockets")
public class WebSocketsEndpoint {

	private final MappedEndpoints mapped;

	private final ConnectionRegistry connections;

	/**
	 * Creates the endpoint.
	 * @param mapped the application's WebSocket endpoints
	 * @param connections the open connections
	 */
	public WebSocketsEndpoint(MappedEndpoints mapped, ConnectionRegistry connections) {
		this.mapped = mapped;
		this.connections = connections;
	}

	/**
	 * Every WebSocket endpoint of the application.
	 * @return the endpoints and the engine that serves them
	 */
	@ReadOperation
	public WebSocketsDescriptor websockets() {
		Map<String, Integer> open = this.connections.countByEndpoint();
		return new WebSocketsDescriptor(this.mapped.engineId(), this.mapped.endpoints()
			.stream()
			.map((endpoint) -> describe(endpoint, open.getOrDefault(endpoint.settings().path(), 0)))
			.toList());
	}

	/**
	 * The open connections of one WebSocket endpoint.
	 * @param selector the endpoint's bean name, or its path as declared, one segment per element
	 * @return the endpoint's connections, or {@code null} (404) when no endpoint matches
	 */
	@ReadOperation
	public @Nullable ConnectionsDescriptor connections(@Selector(match = Match.ALL_REMAINING) String... selector) {
		String joined = String.join("/", selector);
		return this.mapped.endpoints()
			.stream()
			.filter((endpoint) -> endpoint.beanName().equals(joined)
					|| endpoint.settings().path().equals("/" + joined))
			.findFirst()
			.map(this::connectionsOf)
			.orElse(null);
	}

	private ConnectionsDescriptor connectionsOf(WebSocketEndpoint endpoint) {
		String path = endpoint.settings().path();
		return new ConnectionsDescriptor(path, endpoint.beanName(),
				this.connections.describe(path).stream().map(ConnectionDescriptor::of).toList());
	}

	private EndpointDescriptor describe(WebSocketEndpoint endpoint, int openConnections) {
		SettingsDescriptor settings = SettingsDescriptor.of(endpoint.settings(), this.mapped.compressionEnabled());
		return new EndpointDescriptor(endpoint.settings().path(), endpoint.beanName(),
				endpoint.serviceType().getName(), openConnections, settings);
	}

	/**
	 * The application's WebSocket endpoints.
	 *
	 * @param engine the engine that serves them: {@code tomcat}, {@code jetty} or {@code reactor-netty}
	 * @param endpoints each endpoint
	 */
	public record WebSocketsDescriptor(String engine, List<EndpointDescriptor> endpoints)
			implements OperationResponseBody {

	}

	/**
	 * One WebSocket endpoint.
	 *
	 * @param path its path, as declared
	 * @param bean the name of its {@code @WebSocketService} bean
	 * @param serviceClass the class of that bean
	 * @param openConnections how many connections it holds open now
	 * @param settings its effective settings
	 */
	public record EndpointDescriptor(String path, String bean, String serviceClass, int openConnections,
			SettingsDescriptor settings) {

	}

	/**
	 * The effective settings of an endpoint: its {@code @WebSocketService} attributes, and the
	 * {@code websocket.server.*} properties for those it leaves unset.
	 *
	 * @param subProtocols the sub-protocols it agrees to
	 * @param idleTimeout time without traffic before {@code onIdleTimeout}; {@code 0s} for none
	 * @param maxFrameSize the largest frame, in bytes
	 * @param maxMessageSize the largest message, in bytes
	 * @param connectionClosureTimeout how long a close waits for the peer's close frame
	 * @param compressionEnabled whether permessage-deflate is agreed with clients that offer it
	 * @param dispatcherKey the JSON field that selects a custom method, or {@code null}
	 * @param validation whether bound payloads are validated
	 * @param nonBlocking whether its services run on the event loop (Reactor Netty)
	 * @param sendTimeLimit how long one send may block
	 * @param sendBufferLimit the bytes that may wait for one peer
	 * @param sendBufferOverflow what happens when a message does not fit: {@code CLOSE} or {@code DROP_OLDEST}
	 * @param pingInterval time without traffic before a peer is pinged; {@code 0s} for never
	 * @param maxConnections the connections it holds at once; {@code 0} for no limit
	 */
	public record SettingsDescriptor(List<String> subProtocols, String idleTimeout, int maxFrameSize,
			long maxMessageSize, String connectionClosureTimeout, boolean compressionEnabled,
			@Nullable String dispatcherKey, boolean validation, boolean nonBlocking, String sendTimeLimit,
			long sendBufferLimit, String sendBufferOverflow, String pingInterval, int maxConnections) {

		static SettingsDescriptor of(EndpointSettings settings, boolean compressionEnabled) {
			return new SettingsDescriptor(settings.subProtocols(), format(settings.idleTimeout()),
					settings.maxFrameSize(), settings.maxMessageSize(), format(settings.connectionClosureTimeout()),
					compressionEnabled, settings.dispatcherKey(), settings.validation(), settings.nonBlocking(),
					format(settings.sendTimeLimit()), settings.sendBuffer().limit(),
					settings.sendBuffer().overflow().name(), format(settings.pingInterval()),
					settings.maxConnections());
		}

		/** In whole seconds where it has no fraction of one ({@code 30s}), otherwise in milliseconds. */
		private static String format(Duration duration) {
			long millis = duration.toMillis();
			return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
		}

	}

	/**
	 * The open connections of one endpoint.
	 *
	 * @param path the endpoint's path, as declared
	 * @param bean the name of its {@code @WebSocketService} bean
	 * @param connections each open connection, oldest first
	 */
	public record ConnectionsDescriptor(String path, String bean, List<ConnectionDescriptor> connections)
			implements OperationResponseBody {

	}

	/**
	 * One open connection.
	 *
	 * @param id its id, as {@code Caller.id()}
	 * @param remoteAddress the peer's address and port, or {@code null} when unknown
	 * @param openedAt when the handshake completed, ISO-8601 in UTC
	 * @param messagesIn whole messages received
	 * @param messagesOut whole messages written
	 * @param subProtocol the agreed sub-protocol, or {@code null}
	 * @param principal the name of the authenticated user, or {@code null} when the handshake was not
	 * authenticated
	 */
	public record ConnectionDescriptor(String id, @Nullable String remoteAddress, String openedAt, long messagesIn,
			long messagesOut, @Nullable String subProtocol, @Nullable String principal) {

		static ConnectionDescriptor of(OpenConnection connection) {
			return new ConnectionDescriptor(connection.id(), address(connection.remoteAddress()),
					connection.openedAt().toString(), connection.messagesIn(), connection.messagesOut(),
					connection.subProtocol(), connection.principal());
		}

		private static @Nullable String address(@Nullable InetSocketAddress address) {
			return (address != null) ? address.getHostString() + ":" + address.getPort() : null;
		}

	}

}
