package io.wsboot.websocket;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The open server connections of the application, to find some and send to them; an
 * auto-configured bean. Safe to use from any thread while connections come and go: every lookup
 * returns a snapshot, and a connection that closes in the middle of a broadcast is skipped.
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
	 * @return how many connections took it
	 */
	int broadcast(Object message, Collection<? extends Caller> recipients);

}
