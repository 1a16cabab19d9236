package io.wsboot.websocket.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.server.ConnectionRegistry;
import io.wsboot.websocket.server.ConnectionTimers;
import io.wsboot.websocket.server.EndpointMetrics;
import io.wsboot.websocket.server.EndpointObserver;
import io.wsboot.websocket.server.MappedEndpoints;
import io.wsboot.websocket.server.Principals;
import io.wsboot.websocket.server.RemoteDelivery;
import io.wsboot.websocket.server.ServerShutdown;
import io.wsboot.websocket.server.ServiceInspector;
import io.wsboot.websocket.server.TransportCapabilities;
import io.wsboot.websocket.server.WebSocketEndpoint;
import io.wsboot.websocket.server.WebSocketEndpoints;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.thread.Threading;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * What every server transport shares: open connections, timers, TLS, the checked services and the
 * endpoints built from the {@code @WebSocketService} beans. Each transport's auto-configuration
 * imports it and adds a {@link TransportCapabilities} bean and its handler mapping.
 */
@Configuration(proxyBeanMethods = false)
class ServerInfrastructureConfiguration {

	/** The category of the start-up line that lists the endpoints. */
	private static final Log logger = LogFactory.getLog(MappedEndpoints.class);

	/** Spring Boot's default of {@code spring.lifecycle.timeout-per-shutdown-phase}. */
	private static final Duration DEFAULT_SHUTDOWN_PHASE_TIMEOUT = Duration.ofSeconds(30);

	@Bean
	ServerSslCustomizer webSocketServerSslCustomizer(WebSocketProperties properties, ResourceLoader resourceLoader) {
		return new ServerSslCustomizer(properties.getServer().getSsl(), resourceLoader);
	}

	/**
	 * The server's connections, which endpoints add to and remove from. A fallback as the
	 * application's {@code OpenConnections}: an {@code OpenConnections} bean of the application's own
	 * (such as one decorating this registry, which it can inject as {@code ConnectionRegistry}) is
	 * the one injected wherever {@code OpenConnections} is asked for.
	 */
	@Bean
	@Fallback
	ConnectionRegistry webSocketOpenConnections(PayloadBinder binder, ObjectProvider<RemoteDelivery> remote) {
		return new ConnectionRegistry(binder, remote.getIfAvailable(() -> RemoteDelivery.NONE));
	}

	@Bean
	ServerShutdown webSocketServerShutdown(ConnectionRegistry registry) {
		return new ServerShutdown(registry);
	}

	@Bean
	ServerShutdownLifecycle webSocketServerShutdownLifecycle(ServerShutdown shutdown, Environment environment) {
		Duration timeout = Binder.get(environment)
			.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
			.orElse(DEFAULT_SHUTDOWN_PHASE_TIMEOUT);
		return new ServerShutdownLifecycle(shutdown, timeout);
	}

	@Bean(destroyMethod = "close")
	ConnectionTimers webSocketConnectionTimers(Environment environment) {
		return ConnectionTimers.create(Threading.VIRTUAL.isActive(environment));
	}

	@Bean
	ServiceInspector webSocketServiceInspector(PayloadBinder binder, TransportCapabilities capabilities,
			BeanFactory beanFactory) {
		ServiceInspector inspector = new ServiceInspector(binder, capabilities);
		List<String> packages = AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory)
				: List.of();
		ServiceClassScanner.scan(packages).forEach(inspector::check);
		return inspector;
	}

	@Bean
	MappedEndpoints webSocketMappedEndpoints(ApplicationContext context, ServiceInspector inspector,
			PayloadBinder binder, ConnectionTimers timers, WebSocketProperties properties, ConnectionRegistry registry,
			ServerShutdown shutdown, TransportCapabilities capabilities) {
		EndpointMetrics.Factory metrics = context.getBeanProvider(EndpointMetrics.Factory.class)
			.getIfAvailable(() -> EndpointMetrics.Factory.NONE);
		EndpointObserver observer = context.getBeanProvider(EndpointObserver.class)
			.getIfAvailable(() -> EndpointObserver.NONE);
		Principals principals = context.getBeanProvider(Principals.class).getIfAvailable(() -> Principals.CONTAINER);
		List<WebSocketEndpoint> endpoints = new WebSocketEndpoints(inspector, binder, timers,
				ServerPropertiesCheck.defaultsOf(properties.getServer()), registry, metrics, shutdown, principals,
				observer)
			.build(context.getBeansWithAnnotation(WebSocketService.class));
		MappedEndpoints mapped = new MappedEndpoints(capabilities.name(),
				properties.getServer().isCompressionEnabled(), endpoints);
		logger.info(mapped.summary());
		return mapped;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ObservationRegistry.class)
	static class ObservationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EndpointObserver webSocketEndpointObserver(ObjectProvider<ObservationRegistry> registry,
				WebSocketProperties properties) {
			ObservationRegistry observations = registry.getIfAvailable();
			return (observations != null)
					? new MicrometerEndpointObserver(observations, properties.getServer().isObserveMessages())
					: EndpointObserver.NONE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EndpointMetrics.Factory webSocketEndpointMetrics(ObjectProvider<MeterRegistry> registry) {
			return (path) -> {
				MeterRegistry meters = registry.getIfAvailable();
				return (meters != null) ? new MicrometerEndpointMetrics(meters, path) : EndpointMetrics.NONE;
			};
		}

	}

}
