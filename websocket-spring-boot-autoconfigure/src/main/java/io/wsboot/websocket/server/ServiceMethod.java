package io.wsboot.websocket.server;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.binding.PayloadType;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * One service method, prepared when the application starts: a method handle and what to pass in
 * each parameter position, so that a call does no reflection.
 */
final class ServiceMethod {

	/** What a parameter position receives. */
	enum Param {

		/** The connection's {@link Caller}. */
		CALLER,

		/** The message, bound to the parameter's type. */
		PAYLOAD,

		/** The close status code. */
		STATUS,

		/** The close reason. */
		REASON,

		/** The {@link WebSocketException} being reported. */
		ERROR

	}

	private final Method method;

	private final MethodHandle handle;

	private final Param[] params;

	private final @Nullable PayloadType payloadType;

	ServiceMethod(Method method, Param[] params, @Nullable PayloadType payloadType) {
		this.method = method;
		this.params = params;
		this.payloadType = payloadType;
		this.handle = spreadHandle(method);
	}

	private static MethodHandle spreadHandle(Method method) {
		ReflectionUtils.makeAccessible(method);
		int count = method.getParameterCount();
		try {
			return MethodHandles.lookup()
				.unreflect(method)
				.asType(MethodType.genericMethodType(count + 1))
				.asSpreader(Object[].class, count);
		}
		catch (IllegalAccessException ex) {
			throw new InvalidServiceException(describe(method) + ": cannot be called (" + ex.getMessage() + ")");
		}
	}

	String name() {
		return this.method.getName();
	}

	@Nullable PayloadType payloadType() {
		return this.payloadType;
	}

	Class<?> returnType() {
		return this.method.getReturnType();
	}

	/**
	 * Calls the method with whatever its parameters ask for.
	 * @param target the service
	 * @param arguments what the event offers
	 * @return what the method returned, {@code null} for void
	 * @throws Throwable what the method threw
	 */
	@Nullable Object invoke(Object target, CallArguments arguments) throws Throwable {
		Object[] args = new Object[this.params.length];
		for (int i = 0; i < args.length; i++) {
			args[i] = switch (this.params[i]) {
				case CALLER -> arguments.caller();
				case PAYLOAD -> arguments.payload();
				case STATUS -> arguments.status();
				case REASON -> arguments.reason();
				case ERROR -> arguments.error();
			};
		}
		return (Object) this.handle.invokeExact(target, args);
	}

	@Override
	public String toString() {
		return describe(this.method);
	}

	/**
	 * A method as error messages show it: {@code com.acme.ChatService#onClose(Caller, int, String)}.
	 * @param method the method
	 * @return the description
	 */
	static String describe(Method method) {
		return method.getDeclaringClass().getName() + "#" + method.getName() + Arrays.stream(method.getParameterTypes())
			.map(Class::getSimpleName)
			.collect(Collectors.joining(", ", "(", ")"));
	}

}
