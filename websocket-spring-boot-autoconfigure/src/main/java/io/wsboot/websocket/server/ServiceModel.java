package io.wsboot.websocket.server;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The prepared methods of one {@code Service} class: which method each event goes to.
 * Immutable; built by {@link ServiceInspector}.
 */
final class ServiceModel {

	private final Class<?> serviceClass;

	private final Map<ServiceCallback, ServiceMethod> callbacks;

	private final Map<String, ServiceMethod> errorHandlers;

	private final Map<String, ServiceMethod> custom;

	ServiceModel(Class<?> serviceClass, Map<ServiceCallback, ServiceMethod> callbacks, Map<String, ServiceMethod> errorHandlers,
			Map<String, ServiceMethod> custom) {
		this.serviceClass = serviceClass;
		this.callbacks = Map.copyOf(callbacks);
		this.errorHandlers = Map.copyOf(errorHandlers);
		this.custom = Map.copyOf(custom);
	}

	Class<?> serviceClass() {
		return this.serviceClass;
	}

	@Nullable ServiceMethod method(ServiceCallback callback) {
		return this.callbacks.get(callback);
	}

	/** The method for text messages: {@code onTextMessage}, else {@code onMessage}. */
	@Nullable ServiceMethod textMethod() {
		ServiceMethod text = method(ServiceCallback.TEXT);
		return (text != null) ? text : method(ServiceCallback.MESSAGE);
	}

	/** The method for binary messages: {@code onBinaryMessage}, else {@code onMessage}. */
	@Nullable ServiceMethod binaryMethod() {
		ServiceMethod binary = method(ServiceCallback.BINARY);
		return (binary != null) ? binary : method(ServiceCallback.MESSAGE);
	}

	/**
	 * The custom method for a dispatcher value: the one whose {@code @DispatcherConfig} value or
	 * (without the annotation) name is the value, else the one named {@code on<Value>} as
	 * {@link DispatcherNames} derives it.
	 */
	@Nullable ServiceMethod customMethod(String dispatcherValue) {
		ServiceMethod method = this.custom.get(dispatcherValue);
		return (method != null) ? method : this.custom.get(DispatcherNames.methodName(dispatcherValue));
	}

	/** The {@code on<Name>Error} method that takes the binding failures of a method. */
	@Nullable ServiceMethod errorHandlerOf(ServiceMethod method) {
		return this.errorHandlers.get(method.name() + "Error");
	}

}
