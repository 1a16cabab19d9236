package io.wsboot.websocket;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A generic type to bind a message to, captured by an anonymous subclass:
 * {@code connection.readMessage(new TypeRef<List<Order>>() {})}.
 *
 * @param <T> the type
 */
public abstract class TypeRef<T> {

	private final Type type;

	/**
	 * Captures the type argument of the anonymous subclass.
	 * @throws IllegalStateException when created without a type argument
	 */
	protected TypeRef() {
		Type superclass = getClass().getGenericSuperclass();
		if (!(superclass instanceof ParameterizedType parameterized)) {
			throw new IllegalStateException("TypeRef needs a type argument, as in new TypeRef<List<Order>>() {}");
		}
		this.type = parameterized.getActualTypeArguments()[0];
	}

	/**
	 * The captured type.
	 * @return the type
	 */
	public Type type() {
		return this.type;
	}

	@Override
	public String toString() {
		return "TypeRef<" + this.type.getTypeName() + ">";
	}

}
