package io.wsboot.websocket.server;

import io.wsboot.websocket.Service;
import org.jspecify.annotations.Nullable;

/**
 * Calls the service methods of one connection, one at a time under its dispatch lock: what a
 * method returns goes to {@link ReturnValues}, what it throws to {@link Failures}; the handling of
 * each message is watched by the {@link EndpointObserver} when it observes messages.
 */
final class ServiceCalls {

	private final ServerCaller connection;

	private final Service service;

	private final Failures failures;

	private final ReturnValues returnValues;

	private final String endpointPath;

	/** Watches each message's handling; null when messages are not observed. */
	private final @Nullable EndpointObserver observer;

	ServiceCalls(ServerCaller connection, Service service, Failures failures, String endpointPath,
			EndpointObserver observer) {
		this.connection = connection;
		this.service = service;
		this.failures = failures;
		this.returnValues = new ReturnValues(connection, failures);
		this.endpointPath = endpointPath;
		this.observer = observer.observesMessages() ? observer : null;
	}

	/**
	 * Calls a method once the connection's other methods have returned, and sends what it returns.
	 * @param method the method
	 * @param payload the bound message or ping payload, {@code null} for none
	 * @param kind the kind of method
	 */
	void call(ServiceMethod method, @Nullable Object payload, ServiceCallback kind) {
		EndpointObserver messages = this.observer;
		if (messages != null && kind == ServiceCallback.MESSAGE) {
			messages.message(this.endpointPath, method.name(), () -> dispatch(method, payload, kind));
		}
		else {
			dispatch(method, payload, kind);
		}
	}

	private void dispatch(ServiceMethod method, @Nullable Object payload, ServiceCallback kind) {
		this.connection.enterDispatch();
		try {
			Object result;
			try {
				result = method.invoke(this.service, CallArguments.message(this.connection, payload));
			}
			catch (Throwable ex) {
				this.failures.methodThrew(method, ex);
				return;
			}
			this.returnValues.send(result, kind);
		}
		finally {
			this.connection.exitDispatch();
		}
	}

}
