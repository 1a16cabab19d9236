package io.wsboot.websocket.autoconfigure;

import java.util.List;

import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.server.ConnectionTimers;
import io.wsboot.websocket.server.ServiceInspector;
import io.wsboot.websocket.server.TransportCapabilities;
import io.wsboot.websocket.server.WebSocketEndpoint;
import io.wsboot.websocket.server.WebSocketEndpoints;
import io.wsboot.websocket.server.servlet.ServletEndpointMapping;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

/**
 * Auto-configuration of the {@code @WebSocketService} endpoints of a servlet web application, on
 * Spring's WebSocket support of the embedded Tomcat or Jetty. No {@code @EnableWebSocket} needed.
 */
@AutoConfiguration(after = WebSocketBindingAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ WebSocketHandlerMapping.class, jakarta.websocket.server.ServerContainer.class })
@EnableConfigurationProperties(WebSocketProperties.class)
public final class WebSocketServletServerAutoConfiguration {

	/** Spring's servlet adapters hand pongs to the application but answer pings themselves. */
	private static final TransportCapabilities SERVLET = new TransportCapabilities(
			"Spring's servlet WebSocket support (Tomcat, Jetty)", false);

	@Bean
	ServerSslCustomizer webSocketServerSslCustomizer(WebSocketProperties properties, ResourceLoader resourceLoader) {
		return new ServerSslCustomizer(properties.getServer().getSsl(), resourceLoader);
	}

	@Bean(destroyMethod = "close")
	ConnectionTimers webSocketConnectionTimers() {
		return new ConnectionTimers();
	}

	@Bean
	ServiceInspector webSocketServiceInspector(PayloadBinder binder, BeanFactory beanFactory) {
		ServiceInspector inspector = new ServiceInspector(binder, SERVLET);
		List<String> packages = AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory)
				: List.of();
		ServiceClassScanner.scan(packages).forEach(inspector::check);
		return inspector;
	}

	@Bean
	WebSocketHandlerMapping webSocketServiceHandlerMapping(ApplicationContext context, ServiceInspector inspector,
			PayloadBinder binder, ConnectionTimers timers, WebSocketProperties properties) {
		WebSocketProperties.Server server = properties.getServer();
		List<WebSocketEndpoint> endpoints = new WebSocketEndpoints(inspector, binder, timers,
				ServerPropertiesCheck.defaultsOf(server))
			.build(context.getBeansWithAnnotation(WebSocketService.class));
		return ServletEndpointMapping.create(endpoints, server.getAllowedOrigins(), server.isCompressionEnabled());
	}

}
