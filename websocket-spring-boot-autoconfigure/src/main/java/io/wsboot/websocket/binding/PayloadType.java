package io.wsboot.websocket.binding;

import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Java type that payloads are bound to, resolved once so that binding a message does no type
 * lookups. Created by {@link PayloadBinder#typeOf(Type)}.
 */
public final class PayloadType {

	/** How a payload reaches the type. */
	enum Kind {

		/** Text as is; bytes decoded as UTF-8. */
		STRING,

		/** Bytes as is; text read as JSON. */
		BYTES,

		/** An enum constant, from a JSON string or a bare name. */
		ENUM,

		/** A Jackson tree. */
		JSON_NODE,

		/** Anything else, read as JSON. */
		JSON

	}

	private static final String API_PACKAGE = "io.wsboot.websocket";

	private final JavaType javaType;

	private final Kind kind;

	private final ObjectReader reader;

	private PayloadType(JavaType javaType, Kind kind, ObjectReader reader) {
		this.javaType = javaType;
		this.kind = kind;
		this.reader = reader;
	}

	static PayloadType of(JsonMapper mapper, Type type) {
		JavaType javaType = mapper.constructType(type);
		Class<?> raw = javaType.getRawClass();
		if (!isBindable(raw)) {
			throw new IllegalArgumentException("cannot bind a message to " + raw.getSimpleName()
					+ "; use String, byte[], a primitive, an enum, a record or class, a collection, a map or JsonNode");
		}
		return new PayloadType(javaType, kindOf(raw), mapper.readerFor(javaType));
	}

	private static Kind kindOf(Class<?> raw) {
		if (raw == String.class) {
			return Kind.STRING;
		}
		if (raw == byte[].class) {
			return Kind.BYTES;
		}
		if (raw.isEnum()) {
			return Kind.ENUM;
		}
		return PayloadBinder.isJsonNode(raw) ? Kind.JSON_NODE : Kind.JSON;
	}

	private static boolean isBindable(Class<?> raw) {
		if (raw == void.class || raw == Void.class || Throwable.class.isAssignableFrom(raw)
				|| raw.getPackageName().equals(API_PACKAGE) || raw == Class.class
				|| Thread.class.isAssignableFrom(raw)) {
			return false;
		}
		boolean abstractType = raw.isInterface() || Modifier.isAbstract(raw.getModifiers());
		return !abstractType || raw.isArray() || raw.isPrimitive() || Collection.class.isAssignableFrom(raw)
				|| Map.class.isAssignableFrom(raw) || Number.class.isAssignableFrom(raw)
				|| CharSequence.class.isAssignableFrom(raw) || PayloadBinder.isJsonNode(raw);
	}

	/** Whether the type is a primitive, a boxed primitive or a number, which carry no constraints. */
	boolean isSimple() {
		Class<?> raw = this.javaType.getRawClass();
		return raw.isPrimitive() || Number.class.isAssignableFrom(raw) || raw == Boolean.class
				|| raw == Character.class;
	}

	Kind kind() {
		return this.kind;
	}

	ObjectReader reader() {
		return this.reader;
	}

	@Override
	public String toString() {
		return this.javaType.getRawClass().getSimpleName();
	}

}
