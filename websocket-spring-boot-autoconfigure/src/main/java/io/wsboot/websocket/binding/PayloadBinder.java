package io.wsboot.websocket.binding;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import io.wsboot.websocket.PayloadBindingException;
import io.wsboot.websocket.PayloadValidationException;
import io.wsboot.websocket.protocol.CloseReasons;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts message payloads to Java values and back with the application's Jackson
 * {@link JsonMapper}: {@code String} and {@code byte[]} pass through, everything else is JSON.
 * Thread safe.
 */
public final class PayloadBinder {

	private final JsonMapper mapper;

	private final @Nullable PayloadValidator validator;

	/**
	 * Create a binder that does not validate.
	 * @param mapper the mapper for JSON payloads
	 */
	public PayloadBinder(JsonMapper mapper) {
		this(mapper, null);
	}

	/**
	 * Create a binder.
	 * @param mapper the mapper for JSON payloads
	 * @param validator checks bound records and classes, or {@code null} for none
	 */
	public PayloadBinder(JsonMapper mapper, @Nullable PayloadValidator validator) {
		this.mapper = mapper;
		this.validator = validator;
	}

	/**
	 * Validates a value bound to a type, when a validator is set and the type is a record, class or
	 * collection rather than a string, bytes, a primitive or a tree.
	 * @param value the bound value
	 * @param type the type it was bound to
	 * @throws PayloadValidationException when it is invalid
	 */
	public void validate(Object value, PayloadType type) {
		if (this.validator != null && type.kind() == PayloadType.Kind.JSON && !type.isSimple()) {
			this.validator.validate(value);
		}
	}

	/**
	 * Prepares the binding of payloads to a type, once, ahead of the first message.
	 * @param type the target type
	 * @return the prepared target
	 * @throws IllegalArgumentException when no payload can be bound to the type
	 */
	public PayloadType typeOf(Type type) {
		return PayloadType.of(this.mapper, type);
	}

	/**
	 * Binds a text message.
	 * @param text the message
	 * @param type the target
	 * @return the value
	 * @throws PayloadBindingException when the text does not fit the type
	 */
	public Object fromText(String text, PayloadType type) {
		return switch (type.kind()) {
			case STRING -> text;
			case ENUM -> readJson(isJsonString(text) ? text : quote(text), type);
			default -> readJson(text, type);
		};
	}

	/**
	 * Binds a binary message.
	 * @param data the message
	 * @param type the target
	 * @return the value
	 * @throws PayloadBindingException when the bytes do not fit the type
	 */
	public Object fromBinary(byte[] data, PayloadType type) {
		return switch (type.kind()) {
			case BYTES -> data;
			case STRING -> new String(data, StandardCharsets.UTF_8);
			default -> fromText(new String(data, StandardCharsets.UTF_8), type);
		};
	}

	/**
	 * Reads the dispatcher value of a text message: the string at {@code key} of a JSON object.
	 * @param text the message
	 * @param key the field name
	 * @return the value, or {@code null} when the text is not a JSON object or the field is not a
	 * string
	 */
	public @Nullable String dispatchValue(String text, String key) {
		if (!text.startsWith("{")) {
			return null;
		}
		try {
			JsonNode value = this.mapper.readTree(text).get(key);
			return (value != null && value.isString()) ? value.asString() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Writes a value as JSON text.
	 * @param value the value
	 * @return the JSON
	 * @throws PayloadBindingException when the value cannot be written
	 */
	public String toJson(Object value) {
		try {
			return this.mapper.writeValueAsString(value);
		}
		catch (JacksonException ex) {
			throw new PayloadBindingException(CloseReasons.BINDING_FAILED + ex.getOriginalMessage(), ex);
		}
	}

	private Object readJson(String json, PayloadType type) {
		try {
			Object value = type.reader().readValue(json);
			if (value == null && type.kind() != PayloadType.Kind.JSON_NODE) {
				throw new PayloadBindingException(CloseReasons.BINDING_FAILED + "null cannot be bound to " + type);
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new PayloadBindingException(CloseReasons.BINDING_FAILED + ex.getOriginalMessage(), ex);
		}
	}

	private static boolean isJsonString(String text) {
		return text.startsWith("\"");
	}

	private String quote(String text) {
		return this.mapper.writeValueAsString(text);
	}

	static boolean isJsonNode(Class<?> type) {
		return JsonNode.class.isAssignableFrom(type);
	}

}
