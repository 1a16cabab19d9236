package io.wsboot.websocket.server;

import java.security.Principal;
import java.util.Map;
import java.util.Objects;

import io.wsboot.websocket.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Which connections a lookup of {@link ConnectionRegistry} chose, as a value another instance of the
 * application can evaluate against its own connections: everyone, an endpoint, a path variable, an
 * attribute, a user or one connection id. A {@code matching(predicate)} lookup has none, as a predicate
 * cannot travel.
 */
public sealed interface ConnectionSelector {

	/**
	 * Whether a connection is chosen.
	 * @param caller the connection
	 * @param endpointPath its endpoint's path, as declared
	 * @param pathVariables the variables of its handshake path
	 * @return whether it is chosen
	 */
	boolean matches(Caller caller, String endpointPath, Map<String, String> pathVariables);

	/** Every open connection. */
	record All() implements ConnectionSelector {

		@Override
		public boolean matches(Caller caller, String endpointPath, Map<String, String> pathVariables) {
			return true;
		}

	}

	/**
	 * The connections of one endpoint.
	 * @param path the endpoint's path, as declared
	 */
	record Endpoint(String path) implements ConnectionSelector {

		@Override
		public boolean matches(Caller caller, String endpointPath, Map<String, String> pathVariables) {
			return this.path.equals(endpointPath);
		}

	}

	/**
	 * The connections whose handshake path had a variable with a value.
	 * @param name the variable
	 * @param value its value
	 */
	record PathVariable(String name, String value) implements ConnectionSelector {

		@Override
		public boolean matches(Caller caller, String endpointPath, Map<String, String> pathVariables) {
			return this.value.equals(pathVariables.get(this.name));
		}

	}

	/**
	 * The connections that hold an attribute with a value, compared with {@code equals}.
	 * @param name the attribute
	 * @param value the value
	 */
	record Attribute(String name, @Nullable Object value) implements ConnectionSelector {

		@Override
		public boolean matches(Caller caller, String endpointPath, Map<String, String> pathVariables) {
			return Objects.equals(caller.getAttribute(this.name), this.value);
		}

	}

	/**
	 * The connections of one authenticated user.
	 * @param name the principal's name
	 */
	record User(String name) implements ConnectionSelector {

		@Override
		public boolean matches(Caller caller, String endpointPath, Map<String, String> pathVariables) {
			Principal principal = caller.principal();
			return principal != null && this.name.equals(principal.getName());
		}

	}

	/**
	 * One connection.
	 * @param id its {@link Caller#id()}
	 */
	record Id(String id) implements ConnectionSelector {

		@Override
		public boolean matches(Caller caller, String endpointPath, Map<String, String> pathVariables) {
			return this.id.equals(caller.id());
		}

	}

}
