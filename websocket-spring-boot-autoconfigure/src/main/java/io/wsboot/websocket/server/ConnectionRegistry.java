package io.wsboot.websocket.server;

import java.security.Principal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.binding.PayloadBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The {@link OpenConnections} of the server: connections are added when they open and removed when
 * they end. Lookups iterate a concurrent map, so they never fail while connections come and go.
 */
public final class ConnectionRegistry implements OpenConnections {

	private static final Log logger = LogFactory.getLog(ConnectionRegistry.class);

	private final Map<Caller, Entry> connections = new ConcurrentHashMap<>();

	private final PayloadBinder binder;

	/**
	 * Creates an empty registry.
	 * @param binder turns a broadcast value into JSON, once for all its recipients
	 */
	public ConnectionRegistry(PayloadBinder binder) {
		this.binder = binder;
	}

	void add(Caller caller, String endpointPath, Map<String, String> pathVariables, ConnectionStats stats) {
		this.connections.put(caller, new Entry(endpointPath, pathVariables, stats));
	}

	void remove(Caller caller) {
		this.connections.remove(caller);
	}

	@Override
	public List<Caller> all() {
		return matching((caller) -> true);
	}

	@Override
	public List<Caller> ofEndpoint(String path) {
		return select((caller, entry) -> entry.endpointPath().equals(path));
	}

	@Override
	public List<Caller> withPathVariable(String name, String value) {
		return select((caller, entry) -> value.equals(entry.pathVariables().get(name)));
	}

	@Override
	public List<Caller> withAttribute(String name, Object value) {
		return matching((caller) -> Objects.equals(caller.getAttribute(name), value));
	}

	@Override
	public List<Caller> ofUser(String name) {
		return matching((caller) -> {
			Principal principal = caller.principal();
			return principal != null && name.equals(principal.getName());
		});
	}

	@Override
	public List<Caller> matching(Predicate<Caller> filter) {
		return select((caller, entry) -> filter.test(caller));
	}

	@Override
	public int broadcast(Object message) {
		return broadcast(message, all());
	}

	/**
	 * Sends a message to some connections; a value other than a {@code String} or {@code byte[]} is
	 * turned into JSON once, not once per recipient.
	 * @throws io.wsboot.websocket.PayloadBindingException when the value cannot be written as JSON
	 */
	@Override
	public int broadcast(Object message, Collection<? extends Caller> recipients) {
		Object payload = (message instanceof String || message instanceof byte[]) ? message
				: this.binder.toJson(message);
		int sent = 0;
		for (Caller caller : recipients) {
			try {
				caller.writeMessage(payload);
				sent++;
			}
			catch (WebSocketException ex) {
				logger.debug("Broadcast skipped connection " + caller.id() + ": " + ex.getMessage());
			}
			catch (RuntimeException ex) {
				logger.warn("Broadcast skipped connection " + caller.id() + " after an unexpected failure", ex);
			}
		}
		return sent;
	}

	/**
	 * The open connections of one endpoint as they are now, oldest first.
	 * @param endpointPath the endpoint's path, as declared
	 * @return a snapshot of each of its open connections
	 */
	public List<OpenConnection> describe(String endpointPath) {
		return this.connections.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().isOpen() && entry.getValue().endpointPath().equals(endpointPath))
			.map((entry) -> describe(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(OpenConnection::openedAt).thenComparing(OpenConnection::id))
			.toList();
	}

	/**
	 * How many connections each endpoint holds open now, counted in one pass.
	 * @return the count by endpoint path, as declared; an endpoint without open connections is absent
	 */
	public Map<String, Integer> countByEndpoint() {
		Map<String, Integer> counts = new HashMap<>();
		this.connections.forEach((caller, entry) -> {
			if (caller.isOpen()) {
				counts.merge(entry.endpointPath(), 1, Integer::sum);
			}
		});
		return counts;
	}

	private static OpenConnection describe(Caller caller, Entry entry) {
		ConnectionStats stats = entry.stats();
		Principal principal = caller.principal();
		return new OpenConnection(caller.id(), entry.endpointPath(), stats.remoteAddress(), stats.openedAt(),
				stats.messagesIn(), stats.messagesOut(), caller.negotiatedSubProtocol(),
				(principal != null) ? principal.getName() : null);
	}

	private List<Caller> select(EntryFilter filter) {
		return this.connections.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().isOpen() && filter.test(entry.getKey(), entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	private record Entry(String endpointPath, Map<String, String> pathVariables, ConnectionStats stats) {
	}

	@FunctionalInterface
	private interface EntryFilter {

		boolean test(Caller caller, Entry entry);

	}

}
