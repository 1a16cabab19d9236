package io.wsboot.websocket.server;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.DispatcherConfig;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.binding.PayloadType;
import io.wsboot.websocket.server.ServiceMethod.Param;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Service} class once, checks each method against the rules of its
 * {@link ServiceCallback}, and prepares a {@link ServiceModel}. Models are cached per class. Thread safe.
 */
public final class ServiceInspector {

	private static final String ERROR_SUFFIX = "Error";

	/** Public methods named like this are custom callbacks, reached through a dispatcher key. */
	private static final Pattern CUSTOM_NAME = Pattern.compile("on[A-Z].*");

	private static final Set<String> MESSAGE_CALLBACKS = Set.of(ServiceCallback.TEXT.methodName(),
			ServiceCallback.BINARY.methodName(), ServiceCallback.MESSAGE.methodName());

	private final PayloadBinder binder;

	private final TransportCapabilities capabilities;

	private final Map<Class<?>, ServiceModel> models = new ConcurrentHashMap<>();

	/**
	 * Create an inspector.
	 * @param binder prepares the payload parameters
	 * @param capabilities what the transport delivers, for the rules that depend on it
	 */
	public ServiceInspector(PayloadBinder binder, TransportCapabilities capabilities) {
		this.binder = binder;
		this.capabilities = capabilities;
	}

	/**
	 * Checks a service class, so that a wrong signature stops the application from starting.
	 * @param serviceClass the class
	 * @throws InvalidServiceException naming the class and method when a rule is broken
	 */
	public void check(Class<?> serviceClass) {
		modelOf(serviceClass);
	}

	ServiceModel modelOf(Class<?> serviceClass) {
		ServiceModel model = this.models.get(serviceClass);
		return (model != null) ? model : this.models.computeIfAbsent(serviceClass, this::inspect);
	}

	private ServiceModel inspect(Class<?> serviceClass) {
		Map<String, List<Method>> byName = publicMethodsByName(serviceClass);
		Map<ServiceCallback, ServiceMethod> callbacks = new EnumMap<>(ServiceCallback.class);
		for (ServiceCallback callback : ServiceCallback.values()) {
			Method method = single(byName, callback.methodName());
			if (method != null) {
				callbacks.put(callback, prepare(method, callback));
			}
		}
		ServiceMethod message = callbacks.get(ServiceCallback.MESSAGE);
		if (message != null && (callbacks.containsKey(ServiceCallback.TEXT) || callbacks.containsKey(ServiceCallback.BINARY))) {
			throw new InvalidServiceException(message + ": onMessage cannot be declared beside onTextMessage or "
					+ "onBinaryMessage; declare either onMessage or the type-specific methods");
		}
		ServiceMethod ping = callbacks.get(ServiceCallback.PING);
		if (ping != null && !this.capabilities.deliversPings()) {
			throw new InvalidServiceException(ping + ": onPing is not supported on " + this.capabilities.name()
					+ ", which answers pings itself and never passes them on; remove onPing (pings are answered "
					+ "automatically with the same payload) or run on a transport that delivers pings");
		}
		Map<String, ServiceMethod> errorHandlers = new HashMap<>();
		Map<String, ServiceMethod> custom = new HashMap<>();
		Set<String> lifecycle = Arrays.stream(ServiceCallback.values()).map(ServiceCallback::methodName).collect(Collectors.toSet());
		for (String name : byName.keySet()) {
			Method method = single(byName, name);
			DispatcherConfig dispatcherConfig = method.getAnnotation(DispatcherConfig.class);
			if (lifecycle.contains(name)) {
				if (dispatcherConfig != null) {
					throw new InvalidServiceException(ServiceMethod.describe(method) + ": @DispatcherConfig cannot be "
							+ "put on " + name + ", which is called for its own event; put it on a custom method");
				}
			}
			else if (isErrorHandler(name, byName, lifecycle)) {
				errorHandlers.put(name, prepare(method, ServiceCallback.ERROR));
			}
			else if (dispatcherConfig != null || CUSTOM_NAME.matcher(name).matches()) {
				String key = (dispatcherConfig != null) ? dispatcherConfig.value() : name;
				ServiceMethod previous = custom.put(key, prepare(method, ServiceCallback.TEXT));
				if (previous != null) {
					throw new InvalidServiceException(ServiceMethod.describe(method) + ": dispatcher value '" + key
							+ "' is already taken by " + previous + "; give each method its own value");
				}
			}
		}
		return new ServiceModel(serviceClass, callbacks, errorHandlers, custom);
	}

	/** {@code onSubscribeError} handles the binding failures of {@code onSubscribe}. */
	private static boolean isErrorHandler(String name, Map<String, List<Method>> byName, Set<String> lifecycle) {
		if (!name.endsWith(ERROR_SUFFIX) || name.equals(ERROR_SUFFIX)) {
			return false;
		}
		String handled = name.substring(0, name.length() - ERROR_SUFFIX.length());
		return (lifecycle.contains(handled) && MESSAGE_CALLBACKS.contains(handled)) || (!lifecycle.contains(handled)
				&& byName.containsKey(handled));
	}

	private static Map<String, List<Method>> publicMethodsByName(Class<?> serviceClass) {
		Map<String, List<Method>> byName = new LinkedHashMap<>();
		for (Method method : serviceClass.getMethods()) {
			if (method.getDeclaringClass() != Object.class && !method.isBridge() && !method.isSynthetic()
					&& !Modifier.isStatic(method.getModifiers())) {
				byName.computeIfAbsent(method.getName(), (name) -> new ArrayList<>()).add(method);
			}
		}
		return byName;
	}

	private static @Nullable Method single(Map<String, List<Method>> byName, String name) {
		List<Method> methods = byName.get(name);
		if (methods == null) {
			return null;
		}
		if (methods.size() > 1) {
			throw new InvalidServiceException(ServiceMethod.describe(methods.get(0)) + ": " + name + " is declared "
					+ methods.size() + " times; methods are matched by name, so declare it once");
		}
		return methods.get(0);
	}

	private ServiceMethod prepare(Method method, ServiceCallback callback) {
		String where = ServiceMethod.describe(method);
		Type[] types = method.getGenericParameterTypes();
		Param[] params = new Param[types.length];
		PayloadType payloadType = null;
		for (int i = 0; i < types.length; i++) {
			Class<?> type = method.getParameterTypes()[i];
			Param param = paramOf(type, callback);
			if (param == null) {
				throw new InvalidServiceException(where + ": " + method.getName() + " accepts "
						+ callback.accepted() + "; found " + type.getSimpleName() + " at position " + (i + 1));
			}
			if (Arrays.asList(params).contains(param)) {
				throw new InvalidServiceException(where + ": " + method.getName() + " accepts "
						+ callback.accepted() + "; found a second " + type.getSimpleName() + " at position " + (i + 1));
			}
			if (param == Param.PAYLOAD && !callback.payloadIsBytes()) {
				payloadType = payloadTypeOf(types[i], where, method.getName(), i);
			}
			params[i] = param;
		}
		checkReturnType(method, callback, where);
		return new ServiceMethod(method, params, payloadType);
	}

	private static @Nullable Param paramOf(Class<?> type, ServiceCallback callback) {
		if (type == Caller.class) {
			return Param.CALLER;
		}
		Param param = switch (callback) {
			case CLOSE -> (type == int.class || type == Integer.class) ? Param.STATUS
					: (type == String.class) ? Param.REASON : null;
			case ERROR -> type.isAssignableFrom(WebSocketException.class) ? Param.ERROR : null;
			case PING, PONG -> (type == byte[].class) ? Param.PAYLOAD : null;
			case TEXT, BINARY, MESSAGE -> Param.PAYLOAD;
			default -> null;
		};
		return (param != null && callback.params().contains(param)) ? param : null;
	}

	private PayloadType payloadTypeOf(Type type, String where, String methodName, int index) {
		try {
			return this.binder.typeOf(type);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidServiceException(
					where + ": " + methodName + " " + ex.getMessage() + " (position " + (index + 1) + ")");
		}
	}

	private static void checkReturnType(Method method, ServiceCallback callback, String where) {
		Class<?> type = method.getReturnType();
		boolean valid = switch (callback.returns()) {
			case NOTHING -> type == void.class;
			case PONG -> type == void.class || type == byte[].class;
			case CLOSE_FRAME -> type == void.class || type == CloseFrame.class;
			case MESSAGES -> !Optional.class.isAssignableFrom(type) && !Future.class.isAssignableFrom(type)
					&& !CompletionStage.class.isAssignableFrom(type);
		};
		if (!valid) {
			throw new InvalidServiceException(where + ": " + method.getName() + " must return "
					+ callback.returns().description() + "; found " + type.getSimpleName());
		}
	}

}
