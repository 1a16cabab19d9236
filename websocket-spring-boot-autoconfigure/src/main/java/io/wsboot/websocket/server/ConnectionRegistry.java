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
import org.jspecify.annotations.Nullable;

/**
 * The {@link OpenConnections} of the server, and the one list of its open connections: each is added
 * when it connects, listed with its {@link ConnectionEnd} once {@code onOpen} has run (what the
 * {@link ServerShutdown} closes and waits for), and removed once its end has been reported. Lookups
 * see only connections still open, and iterate a concurrent map, so they never fail while
 * connections come and go. A
 * lookup other than {@code matching} remembers its {@link ConnectionSelector}, and a broadcast to it
 * goes to the other instances too through the {@link RemoteDelivery} (cluster mode).
 */
public final class ConnectionRegistry implements OpenConnections {

	private static final Log logger = LogFactory.getLog(ConnectionRegistry.class);

	private final Map<Caller, Entry> connections = new ConcurrentHashMap<>();

	private final PayloadBinder binder;

	private final RemoteDelivery remote;

	/**
	 * Creates an empty registry whose broadcasts stay on this instance.
	 * @param binder turns a broadcast value into JSON, once for all its recipients
	 */
	public ConnectionRegistry(PayloadBinder binder) {
		this(binder, RemoteDelivery.NONE);
	}

	/**
	 * Creates an empty registry.
	 * @param binder turns a broadcast value into JSON, once for all its recipients
	 * @param remote carries broadcasts to selected connections to the other instances
	 */
	public ConnectionRegistry(PayloadBinder binder, RemoteDelivery remote) {
		this.binder = binder;
		this.remote = remote;
	}

	void add(Caller caller, String endpointPath, Map<String, String> pathVariables, ConnectionStats stats) {
		this.connections.put(caller, new Entry(endpointPath, pathVariables, stats));
	}

	/**
	 * Lists a connection's end once {@code onOpen} has run and the adapter delivers its events;
	 * nothing happens once the connection has left the registry.
	 * @param caller the connection
	 * @param end its end
	 */
	void opened(Caller caller, ConnectionEnd end) {
		Entry entry = this.connections.get(caller);
		if (entry != null) {
			entry.end = end;
		}
	}

	/**
	 * The ends of the connections past {@code onOpen} whose end has not yet been reported.
	 * @return a snapshot
	 */
	List<ConnectionEnd> ends() {
		return this.connections.values().stream().map((entry) -> entry.end).filter(Objects::nonNull).toList();
	}

	void remove(Caller caller) {
		this.connections.remove(caller);
	}

	@Override
	public List<Caller> all() {
		return select(new ConnectionSelector.All());
	}

	@Override
	public List<Caller> ofEndpoint(String path) {
		return select(new ConnectionSelector.Endpoint(path));
	}

	@Override
	public List<Caller> withPathVariable(String name, String value) {
		return select(new ConnectionSelector.PathVariable(name, value));
	}

	@Override
	public List<Caller> withAttribute(String name, Object value) {
		return select(new ConnectionSelector.Attribute(name, value));
	}

	@Override
	public List<Caller> ofUser(String name) {
		return select(new ConnectionSelector.User(name));
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
		ConnectionSelector selector = (recipients instanceof SelectedConnections selected) ? selected.selector()
				: null;
		if (selector != null) {
			this.remote.check(selector);
		}
		Object payload = payloadOf(message);
		int sent = deliver(payload, recipients);
		if (selector != null) {
			this.remote.publish(selector, payload);
		}
		return sent;
	}

	/**
	 * Sends a message to one connection, here or, in cluster mode, on another instance: when the
	 * connection is not open here the message is handed to the other instances.
	 * @return whether the connection is open here and took the message
	 */
	@Override
	public boolean sendTo(String connectionId, Object message) {
		Object payload = payloadOf(message);
		ConnectionSelector selector = new ConnectionSelector.Id(connectionId);
		List<Caller> here = select(selector);
		if (here.isEmpty()) {
			this.remote.publish(selector, payload);
			return false;
		}
		return deliver(payload, here) == 1;
	}

	/**
	 * Delivers a broadcast of another instance to the connections of this one that its selector
	 * chooses; nothing is passed on.
	 * @param selector which connections take it
	 * @param payload a {@code String} or a {@code byte[]}
	 * @return how many connections took it
	 */
	public int deliverLocally(ConnectionSelector selector, Object payload) {
		return deliver(payload, select(selector));
	}

	private Object payloadOf(Object message) {
		return (message instanceof String || message instanceof byte[]) ? message : this.binder.toJson(message);
	}

	private static int deliver(Object payload, Collection<? extends Caller> recipients) {
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
			.filter((entry) -> entry.getKey().isOpen() && entry.getValue().endpointPath.equals(endpointPath))
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
				counts.merge(entry.endpointPath, 1, Integer::sum);
			}
		});
		return counts;
	}

	private static OpenConnection describe(Caller caller, Entry entry) {
		ConnectionStats stats = entry.stats;
		Principal principal = caller.principal();
		return new OpenConnection(caller.id(), entry.endpointPath, stats.remoteAddress(), stats.openedAt(),
				stats.messagesIn(), stats.messagesOut(), caller.negotiatedSubProtocol(),
				(principal != null) ? principal.getName() : null);
	}

	private List<Caller> select(ConnectionSelector selector) {
		return new SelectedConnections(
				select((caller, entry) -> selector.matches(caller, entry.endpointPath, entry.pathVariables)),
				selector);
	}

	private List<Caller> select(EntryFilter filter) {
		return this.connections.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().isOpen() && filter.test(entry.getKey(), entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** What the registry holds of one connection. */
	private static final class Entry {

		private final String endpointPath;

		private final Map<String, String> pathVariables;

		private final ConnectionStats stats;

		/** The connection's end; null until {@code onOpen} has run. Set once. */
		private volatile @Nullable ConnectionEnd end;

		Entry(String endpointPath, Map<String, String> pathVariables, ConnectionStats stats) {
			this.endpointPath = endpointPath;
			this.pathVariables = pathVariables;
			this.stats = stats;
		}

	}

	@FunctionalInterface
	private interface EntryFilter {

		boolean test(Caller caller, Entry entry);

	}

}
