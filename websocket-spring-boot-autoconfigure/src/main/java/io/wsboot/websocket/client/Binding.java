package io.wsboot.websocket.client;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.binding.PayloadType;

/**
 * The client's data binding: the server's {@link PayloadBinder} rules, with each target type
 * prepared once and shared by all connections of a client. Thread safe.
 */
final class Binding {

	private final PayloadBinder binder;

	private final Map<Type, Target> targets = new ConcurrentHashMap<>();

	Binding(PayloadBinder binder) {
		this.binder = binder;
	}

	/**
	 * The prepared target for a type.
	 * @param type the type
	 * @return the target
	 * @throws IllegalArgumentException when no message can be bound to the type
	 */
	Target target(Type type) {
		return this.targets.computeIfAbsent(type, (key) -> new Target(this.binder, this.binder.typeOf(key)));
	}

	String toJson(Object value) {
		return this.binder.toJson(value);
	}

	/** A type messages are bound to. */
	record Target(PayloadBinder binder, PayloadType type) {

		/**
		 * Binds a received message.
		 * @param message a {@code String} or {@code byte[]}
		 * @return the value
		 */
		Object bind(Object message) {
			return (message instanceof String text) ? this.binder.fromText(text, this.type)
					: this.binder.fromBinary((byte[]) message, this.type);
		}

	}

}
