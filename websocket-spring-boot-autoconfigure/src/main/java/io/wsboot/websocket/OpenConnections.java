package io.wsboot.websocket;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The open server connections of the application, to find some and send to them; an
 * auto-configured bean. Safe to use from any thread while connections come and go: every lookup
 * returns a snapshot, and a connection that closes in the middle of a broadcast is skipped.
 * <p>
 * In cluster mode ({@code websocket.cluster.enabled}) a broadcast to the result of {@link #all()},
 * {@link #ofEndpoint}, {@link #withPathVariable}, {@link #withAttribute} or {@link #ofUser} also
 * reaches the matching connections of the application's other instances: this instance delivers at
 * once, the others when the message arrives through Redis, at most once each. The result of
 * {@link #matching} and collections built by the application stay on this instance.
 */
public interface OpenConnections {

	/**
	 * All open connections.
	 * @return a snapshot, never {@code null}
	 */
	List<Caller> all();

	/**
	 * The open connections of one endpoint.
	 * @param path the endpoint's path as declared, such as {@code /chat/{room}}
	 * @return a snapshot, never {@code null}
	 */
	List<Caller> ofEndpoint(String path);

	/**
	 * The open connections whose handshake path had a variable with this value, such as the
	 * connections of one chat room.
	 * @param name the path variable
	 * @param value its value
	 * @return a snapshot, never {@code null}
	 */
	List<Caller> withPathVariable(String name, String value);

	/**
	 * The open connections that hold an attribute with this value.
	 * @param name the attribute name
	 * @param value the value, compared with {@code equals}
	 * @return a snapshot, never {@code null}
	 */
	List<Caller> withAttribute(String name, Object value);

	/**
	 * The open connections of one user, such as every browser tab the user has open: those whose
	 * {@link Caller#principal()} has this name.
	 * @param name the principal's name
	 * @return a snapshot, never {@code null}
	 */
	List<Caller> ofUser(String name);

	/**
	 * The open connections that match a filter.
	 * @param filter the filter
	 * @return a snapshot, never {@code null}
	 */
	List<Caller> matching(Predicate<Caller> filter);

	/**
	 * Sends a message to every open connection, as {@link Caller#writeMessage(Object)} does. Never
	 * waits for a slow recipient: from another thread than a recipient's own service methods the
	 * message is queued in its send buffer. A connection that has closed, fails or whose send buffer
	 * overflows is skipped and logged. A value other than a {@code String} or {@code byte[]} is
	 * turned into JSON once for all recipients.
	 * @param message the message
	 * @return how many connections took it
	 * @throws PayloadBindingException when the value cannot be written as JSON; nothing is sent
	 */
	int broadcast(Object message);

	/**
	 * Sends a message to some connections, as {@link #broadcast(Object)} does.
	 * @param message the message
	 * @param recipients the connections, such as the result of a lookup
	 * @return how many connections of this instance took it
	 * @throws IllegalArgumentException in cluster mode, for the result of {@link #withAttribute} with a
	 * value other instances cannot compare (not a {@code String}, number, {@code Boolean} or enum);
	 * nothing is sent
	 */
	int broadcast(Object message, Collection<? extends Caller> recipients);

	/**
	 * Sends a message to one connection, as {@link Caller#writeMessage(Object)} does, without waiting
	 * for a slow peer. In cluster mode a connection that is not open on this instance is looked for on
	 * the others, which deliver the message to it if it is open there.
	 * @param connectionId the connection's {@link Caller#id()}
	 * @param message the message
	 * @return whether the connection is open on this instance and took the message
	 * @throws PayloadBindingException when the value cannot be written as JSON; nothing is sent
	 */
	default boolean sendTo(String connectionId, Object message) {
		return broadcast(message, matching((caller) -> caller.id().equals(connectionId))) == 1;
	}

}
