package io.wsboot.websocket.server;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.Authenticated;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.NonBlocking;
import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.binding.PayloadBinder;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Builds the endpoints of an application from its {@code @WebSocketService} beans, checking each
 * one so that a mistake stops the application from starting: no path, two beans on one path, a
 * bean that is neither an {@link UpgradeService} nor a {@link Service}, a bad attribute, or a
 * service method with a wrong signature.
 */
public final class WebSocketEndpoints {

	private final ServiceInspector inspector;

	private final PayloadBinder binder;

	private final ConnectionTimers timers;

	private final ServerDefaults defaults;

	private final ConnectionRegistry registry;

	private final EndpointMetrics.Factory metrics;

	private final ServerShutdown shutdown;

	private final Principals principals;

	private final EndpointObserver observer;

	/**
	 * Create a builder.
	 * @param inspector checks and prepares service classes
	 * @param binder binds payloads
	 * @param timers schedules close deadlines
	 * @param defaults the {@code websocket.server.*} values for attributes left unset
	 * @param registry keeps track of open connections
	 * @param metrics creates each endpoint's metrics
	 */
	public WebSocketEndpoints(ServiceInspector inspector, PayloadBinder binder, ConnectionTimers timers,
			ServerDefaults defaults, ConnectionRegistry registry, EndpointMetrics.Factory metrics) {
		this(inspector, binder, timers, defaults, registry, metrics, new ServerShutdown(registry),
				Principals.CONTAINER);
	}

	/**
	 * Create a builder whose endpoints take part in a shutdown and know their users.
	 * @param inspector checks and prepares service classes
	 * @param binder binds payloads
	 * @param timers schedules close deadlines
	 * @param defaults the {@code websocket.server.*} values for attributes left unset
	 * @param registry keeps track of open connections
	 * @param metrics creates each endpoint's metrics
	 * @param shutdown closes the endpoints' connections when the application stops
	 * @param principals what the endpoints learn from the users of handshakes
	 */
	public WebSocketEndpoints(ServiceInspector inspector, PayloadBinder binder, ConnectionTimers timers,
			ServerDefaults defaults, ConnectionRegistry registry, EndpointMetrics.Factory metrics,
			ServerShutdown shutdown, Principals principals) {
		this(inspector, binder, timers, defaults, registry, metrics, shutdown, principals, EndpointObserver.NONE);
	}

	/**
	 * Create a builder whose endpoints take part in a shutdown, know their users and have their
	 * handshakes observed.
	 * @param inspector checks and prepares service classes
	 * @param binder binds payloads
	 * @param timers schedules close deadlines
	 * @param defaults the {@code websocket.server.*} values for attributes left unset
	 * @param registry keeps track of open connections
	 * @param metrics creates each endpoint's metrics
	 * @param shutdown closes the endpoints' connections when the application stops
	 * @param principals what the endpoints learn from the users of handshakes
	 * @param observer watches every endpoint's handshake decisions
	 */
	public WebSocketEndpoints(ServiceInspector inspector, PayloadBinder binder, ConnectionTimers timers,
			ServerDefaults defaults, ConnectionRegistry registry, EndpointMetrics.Factory metrics,
			ServerShutdown shutdown, Principals principals, EndpointObserver observer) {
		this.inspector = inspector;
		this.binder = binder;
		this.timers = timers;
		this.defaults = defaults;
		this.registry = registry;
		this.metrics = metrics;
		this.shutdown = shutdown;
		this.principals = principals;
		this.observer = observer;
	}

	/**
	 * Builds one endpoint per bean.
	 * @param beans the {@code @WebSocketService} beans by name
	 * @return the endpoints
	 * @throws InvalidServiceException naming the bean, class or method at fault
	 */
	public List<WebSocketEndpoint> build(Map<String, Object> beans) {
		List<WebSocketEndpoint> endpoints = new ArrayList<>();
		Map<String, String> beanByPath = new HashMap<>();
		beans.forEach((name, bean) -> {
			Class<?> type = AopUtils.getTargetClass(bean);
			WebSocketService annotation = AnnotatedElementUtils.findMergedAnnotation(type, WebSocketService.class);
			if (annotation == null) {
				throw new InvalidServiceException("Bean '" + name + "' (" + type.getName() + ") is not annotated with "
						+ "@WebSocketService");
			}
			EndpointSettings settings = settings(name, type, annotation);
			String previous = beanByPath.put(pathKey(settings.path()), name);
			if (previous != null) {
				throw new InvalidServiceException("WebSocket services '" + previous + "' and '" + name
						+ "' are both mapped to '" + settings.path() + "'; give each its own path");
			}
			endpoints.add(new WebSocketEndpoint(name, settings, upgradeServiceOf(name, type, bean), this.inspector,
					this.binder, this.timers, this.registry, this.metrics.forEndpoint(settings.path()),
					new ConnectionGate(settings.maxConnections(), this.shutdown), accessRule(name, type),
					this.principals, type, this.observer));
		});
		return endpoints;
	}

	private AccessRule accessRule(String name, Class<?> type) {
		AccessRule rule = AccessRule.of(AnnotatedElementUtils.findMergedAnnotation(type, Authenticated.class));
		if (!rule.authorities().isEmpty() && !this.principals.checksAuthorities()) {
			throw new InvalidServiceException("@Authenticated on " + type.getName() + " (bean '" + name
					+ "') requires scopes or authorities " + rule.authorities() + ", which need Spring Security "
					+ "(spring-security-core) on the class path");
		}
		return rule;
	}

	private UpgradeService upgradeServiceOf(String name, Class<?> type, Object bean) {
		if (bean instanceof UpgradeService upgradeService) {
			Method get = ReflectionUtils.findMethod(type, "get", HandshakeRequest.class);
			if (get != null && get.getReturnType() != Service.class && Service.class.isAssignableFrom(get.getReturnType())) {
				this.inspector.check(get.getReturnType());
			}
			return upgradeService;
		}
		if (bean instanceof Service service) {
			this.inspector.check(type);
			return (request) -> service;
		}
		throw new InvalidServiceException("@WebSocketService bean '" + name + "' (" + type.getName()
				+ ") must implement UpgradeService or Service");
	}

	private EndpointSettings settings(String name, Class<?> type, WebSocketService annotation) {
		String path = annotation.path();
		if (!StringUtils.hasText(path) || !path.startsWith("/")) {
			throw new InvalidServiceException("@WebSocketService on " + type.getName() + " (bean '" + name
					+ "') needs a path starting with '/', such as @WebSocketService(path = \"/ws/echo\"); found '"
					+ path + "'");
		}
		Duration closureTimeout = duration(annotation.connectionClosureTimeout(), "connectionClosureTimeout", type,
				this.defaults.connectionClosureTimeout());
		Duration idleTimeout = duration(annotation.idleTimeout(), "idleTimeout", type, this.defaults.idleTimeout());
		int maxFrameSize = (annotation.maxFrameSize() > 0) ? annotation.maxFrameSize() : this.defaults.maxFrameSize();
		if (annotation.maxFrameSize() == 0 || annotation.maxFrameSize() < -1) {
			throw new InvalidServiceException("@WebSocketService on " + type.getName() + ": maxFrameSize must be "
					+ "positive (or -1 for websocket.server.max-frame-size) but was " + annotation.maxFrameSize());
		}
		String dispatcherKey = StringUtils.hasText(annotation.dispatcherKey()) ? annotation.dispatcherKey() : null;
		return new EndpointSettings(path, Arrays.asList(annotation.subProtocols()), idleTimeout, maxFrameSize,
				this.defaults.maxMessageSize(), closureTimeout, dispatcherKey, annotation.validation(),
				this.defaults.sendTimeLimit(), AnnotatedElementUtils.hasAnnotation(type, NonBlocking.class),
				sendBuffer(annotation, type),
				duration(annotation.pingInterval(), "pingInterval", type, this.defaults.pingInterval()),
				maxConnections(annotation, type));
	}

	private SendBufferSettings sendBuffer(WebSocketService annotation, Class<?> type) {
		long limit = this.defaults.sendBuffer().limit();
		if (StringUtils.hasText(annotation.sendBufferLimit())) {
			limit = dataSize(annotation.sendBufferLimit(), type);
		}
		SendBufferOverflow[] overflow = annotation.sendBufferOverflow();
		if (overflow.length > 1) {
			throw new InvalidServiceException("@WebSocketService on " + type.getName()
					+ ": sendBufferOverflow takes at most one policy but has " + Arrays.toString(overflow));
		}
		SendBufferOverflow policy = (overflow.length == 1) ? overflow[0] : this.defaults.sendBuffer().overflow();
		return new SendBufferSettings(limit, policy);
	}

	private static long dataSize(String value, Class<?> type) {
		long bytes;
		try {
			bytes = DataSize.parse(value.trim()).toBytes();
		}
		catch (IllegalArgumentException ex) {
			bytes = -1;
		}
		if (bytes <= 0) {
			throw new InvalidServiceException("@WebSocketService on " + type.getName() + ": sendBufferLimit '" + value
					+ "' is not a positive size; use a value such as \"256KB\" or \"1MB\"");
		}
		return bytes;
	}

	private int maxConnections(WebSocketService annotation, Class<?> type) {
		if (annotation.maxConnections() < -1) {
			throw new InvalidServiceException("@WebSocketService on " + type.getName() + ": maxConnections must be "
					+ "0 (no limit), positive, or -1 for websocket.server.max-connections, but was "
					+ annotation.maxConnections());
		}
		return (annotation.maxConnections() == -1) ? this.defaults.maxConnections() : annotation.maxConnections();
	}

	private static Duration duration(String value, String attribute, Class<?> type, Duration fallback) {
		if (!StringUtils.hasText(value)) {
			return fallback;
		}
		try {
			Duration duration = DurationStyle.detectAndParse(value.trim());
			if (duration.isNegative()) {
				throw new IllegalArgumentException("negative");
			}
			return duration;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidServiceException("@WebSocketService on " + type.getName() + ": " + attribute + " '" + value
					+ "' is not a duration; use a value such as \"30s\", \"500ms\" or \"2m\"");
		}
	}

	/** Paths that differ only in variable names, such as {@code /a/{x}} and {@code /a/{y}}, collide. */
	private static String pathKey(String path) {
		return path.replaceAll("\\{[^}]*}", "{}");
	}

}
