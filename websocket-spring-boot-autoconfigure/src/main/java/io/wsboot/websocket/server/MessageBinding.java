package io.wsboot.websocket.server;

import io.wsboot.websocket.PayloadBindingException;
import io.wsboot.websocket.PayloadValidationException;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.binding.PayloadType;
import org.jspecify.annotations.Nullable;

/**
 * Finds the method a whole message goes to and binds the message to its parameter type: a text
 * message by its {@code dispatcherKey} value first, then {@code onTextMessage} or {@code onMessage};
 * a binary one to {@code onBinaryMessage} or {@code onMessage}. Bound values are validated unless
 * the endpoint turned validation off; a message that does not bind or validate goes to
 * {@link Failures}.
 */
final class MessageBinding {

	private final ServiceModel model;

	private final PayloadBinder binder;

	private final EndpointSettings settings;

	private final Failures failures;

	MessageBinding(ServiceModel model, PayloadBinder binder, EndpointSettings settings, Failures failures) {
		this.model = model;
		this.binder = binder;
		this.settings = settings;
		this.failures = failures;
	}

	/**
	 * Binds a text message.
	 * @param text the message
	 * @return the method and its payload, or {@code null} when no method takes the message or it was
	 * rejected
	 */
	@Nullable Bound text(String text) {
		ServiceMethod method = null;
		String dispatcherKey = this.settings.dispatcherKey();
		if (dispatcherKey != null) {
			String value = this.binder.dispatchValue(text, dispatcherKey);
			method = (value != null) ? this.model.customMethod(value) : null;
		}
		if (method == null) {
			method = this.model.textMethod();
		}
		return (method != null) ? bind(method, (type) -> this.binder.fromText(text, type)) : null;
	}

	/**
	 * Binds a binary message.
	 * @param data the message
	 * @return the method and its payload, or {@code null} when no method takes the message or it was
	 * rejected
	 */
	@Nullable Bound binary(byte[] data) {
		ServiceMethod method = this.model.binaryMethod();
		return (method != null) ? bind(method, (type) -> this.binder.fromBinary(data, type)) : null;
	}

	private @Nullable Bound bind(ServiceMethod method, Reader reader) {
		PayloadType type = method.payloadType();
		try {
			Object payload = (type != null) ? validated(reader.read(type), type) : null;
			return new Bound(method, payload);
		}
		catch (PayloadValidationException ex) {
			this.failures.validationFailed(ex);
		}
		catch (PayloadBindingException ex) {
			this.failures.bindingFailed(method, ex);
		}
		return null;
	}

	private Object validated(Object payload, PayloadType type) {
		if (this.settings.validation()) {
			this.binder.validate(payload, type);
		}
		return payload;
	}

	/**
	 * A message bound for its method.
	 *
	 * @param method the method
	 * @param payload the value for its message parameter, {@code null} when it has none
	 */
	record Bound(ServiceMethod method, @Nullable Object payload) {

	}

	/** Reads a message as a payload type. */
	@FunctionalInterface
	private interface Reader {

		Object read(PayloadType type);

	}

}
