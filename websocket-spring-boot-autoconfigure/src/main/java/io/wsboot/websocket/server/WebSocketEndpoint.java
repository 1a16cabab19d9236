package io.wsboot.websocket.server;

import java.security.Principal;
import java.time.Instant;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeException;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.binding.PayloadBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;

/**
 * One registered {@code @WebSocketService}: its settings and its {@link UpgradeService}, and the
 * factory of the {@link ServiceDispatcher}s of its connections.
 */
public final class WebSocketEndpoint {

	private static final Log logger = LogFactory.getLog(WebSocketEndpoint.class);

	private static final String SERVER_ERROR = "Internal Server Error";

	/** The reason of the 1008 that ends a connection when its user's credentials expire. */
	static final String TOKEN_EXPIRED = "Token expired";

	private final String beanName;

	private final EndpointSettings settings;

	private final UpgradeService upgradeService;

	private final ServiceInspector inspector;

	private final PayloadBinder binder;

	private final ConnectionTimers timers;

	private final ConnectionRegistry registry;

	private final EndpointMetrics metrics;

	private final ConnectionGate gate;

	private final AccessRule access;

	private final Principals principals;

	private final Class<?> serviceType;

	private final EndpointObserver observer;

	WebSocketEndpoint(String beanName, EndpointSettings settings, UpgradeService upgradeService,
			ServiceInspector inspector, PayloadBinder binder, ConnectionTimers timers, ConnectionRegistry registry,
			EndpointMetrics metrics, ConnectionGate gate, AccessRule access, Principals principals,
			Class<?> serviceType, EndpointObserver observer) {
		this.beanName = beanName;
		this.settings = settings;
		this.upgradeService = upgradeService;
		this.inspector = inspector;
		this.binder = binder;
		this.timers = timers;
		this.registry = registry;
		this.metrics = metrics;
		this.gate = gate;
		this.access = access;
		this.principals = principals;
		this.serviceType = serviceType;
		this.observer = observer;
	}

	/**
	 * The endpoint's settings.
	 * @return the settings
	 */
	public EndpointSettings settings() {
		return this.settings;
	}

	/**
	 * The name of the {@code @WebSocketService} bean.
	 * @return the bean name
	 */
	public String beanName() {
		return this.beanName;
	}

	/**
	 * The class of the {@code @WebSocketService} bean: its {@link UpgradeService}, or the
	 * {@link Service} shared by all its connections.
	 * @return the bean's class, without any proxy
	 */
	public Class<?> serviceType() {
		return this.serviceType;
	}

	/**
	 * Who may connect.
	 * @return the endpoint's access rule
	 */
	public AccessRule access() {
		return this.access;
	}

	/**
	 * The user of a handshake, if authenticated.
	 * @param principal what the request carries
	 * @return the principal, or {@code null} when there is none or it is anonymous
	 */
	public @Nullable Principal authenticated(@Nullable Principal principal) {
		return this.principals.authenticated(principal);
	}

	/**
	 * Asks the upgrade service about a handshake. Once the server is shutting down, or while the
	 * endpoint holds its {@code maxConnections}, the handshake is refused with 503 without asking; a
	 * user the endpoint's {@link AccessRule} does not admit is refused with 401 or 403 without asking.
	 * {@link UpgradeException} refuses with its status and message; any other failure, or no
	 * service, refuses with 500 and is logged. An acceptance holds a place among the endpoint's
	 * connections until the connection ends, or until {@link #abandon} when the handshake fails.
	 * The endpoint's {@link EndpointObserver} watches the decision.
	 * @param request the handshake request
	 * @return the decision
	 */
	public UpgradeDecision upgrade(HandshakeRequest request) {
		return this.observer.handshake(this.settings.path(), () -> admitAndDecide(request));
	}

	private UpgradeDecision admitAndDecide(HandshakeRequest request) {
		ConnectionGate.Admission admission = this.gate.admit();
		if (admission == null) {
			return new UpgradeDecision.Refused(503, this.gate.refusal());
		}
		UpgradeDecision decision = decide(request, admission);
		if (decision instanceof UpgradeDecision.Refused) {
			admission.abandon();
		}
		return decision;
	}

	private UpgradeDecision decide(HandshakeRequest request, ConnectionGate.Admission admission) {
		Principal principal = this.principals.authenticated(request.principal());
		UpgradeDecision.Refused refusal = this.access.refusal(principal, this.principals);
		if (refusal != null) {
			return refusal;
		}
		Service service;
		try {
			service = this.upgradeService.get(request);
		}
		catch (UpgradeException ex) {
			return new UpgradeDecision.Refused(ex.status(), String.valueOf(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			logger.error("Refusing the handshake on " + request.path() + ": the upgrade service '" + this.beanName
					+ "' threw", ex);
			return new UpgradeDecision.Refused(500, SERVER_ERROR);
		}
		if (service == null) {
			logger.error("Refusing the handshake on " + request.path() + ": the upgrade service '" + this.beanName
					+ "' returned null");
			return new UpgradeDecision.Refused(500, SERVER_ERROR);
		}
		try {
			return new UpgradeDecision.Accepted(service, this.inspector.modelOf(AopUtils.getTargetClass(service)),
					request.pathVariables(), principal, admission);
		}
		catch (InvalidServiceException ex) {
			logger.error("Refusing the handshake on " + request.path() + ": " + ex.getMessage());
			return new UpgradeDecision.Refused(500, SERVER_ERROR);
		}
	}

	/**
	 * Connects an accepted handshake's service to its transport; the adapter then reports the
	 * connection's events to the returned handler, starting with {@link ServiceDispatcher#onOpen()}.
	 * @param accepted the accepted handshake
	 * @param transport the connection
	 * @return the handler of the connection's events
	 */
	public ServiceDispatcher connect(UpgradeDecision.Accepted accepted, Transport transport) {
		ConnectionStats stats = new ConnectionStats(this.metrics, transport, Instant.now());
		ServerCaller connection = new ServerCaller(transport, this.binder, this.timers,
				this.settings.connectionClosureTimeout(), this.settings.maxFrameSize(), this.settings.sendBuffer(),
				stats);
		Principal principal = accepted.principal();
		if (principal != null) {
			connection.authenticatedAs(principal, this.principals);
		}
		stats.opened();
		this.registry.add(connection, this.settings.path(), accepted.pathVariables(), stats);
		ServiceDispatcher handler = new ServiceDispatcher(connection, accepted.service(), accepted.model(),
				this.binder, this.settings, this.observer);
		handler.watchIdle(this.settings.idleTimeout(), this.timers);
		handler.keepAlive(this.settings.pingInterval(), this.timers);
		handler.end().attach(accepted.admission(), this.gate.shutdown(), transport, this.timers);
		Instant expiry = (principal != null) ? this.principals.expiresAt(principal) : null;
		if (expiry != null) {
			handler.end().closeAt(expiry, CloseFrame.of(CloseFrame.POLICY_VIOLATION.status(), TOKEN_EXPIRED));
		}
		return handler;
	}

	/**
	 * Gives back the place of an accepted handshake that failed before {@link #connect}; does
	 * nothing once connected.
	 * @param accepted the accepted handshake
	 */
	public void abandon(UpgradeDecision.Accepted accepted) {
		accepted.admission().abandon();
	}

	@Override
	public String toString() {
		return "WebSocketEndpoint[" + this.settings.path() + " -> '" + this.beanName + "']";
	}

}
