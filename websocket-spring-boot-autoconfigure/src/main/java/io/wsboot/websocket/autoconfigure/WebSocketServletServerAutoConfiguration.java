package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.server.MappedEndpoints;
import io.wsboot.websocket.server.TransportCapabilities;
import io.wsboot.websocket.server.jetty.JettyUpgradeStrategy;
import io.wsboot.websocket.server.servlet.ServletEndpointMapping;
import io.wsboot.websocket.server.servlet.ServletTransportSupport;
import io.wsboot.websocket.server.tomcat.TomcatUpgradeStrategy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

/**
 * Auto-configuration of the {@code @WebSocketService} endpoints of a servlet web application, on
 * Spring's WebSocket support of the embedded Tomcat or Jetty. No {@code @EnableWebSocket} needed.
 */
@AutoConfiguration(after = WebSocketBindingAutoConfiguration.class,
		afterName = { "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
				"org.springframework.boot.jetty.autoconfigure.servlet.JettyServletWebServerAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ WebSocketHandlerMapping.class, jakarta.websocket.server.ServerContainer.class })
@EnableConfigurationProperties(WebSocketProperties.class)
@Import(ServerInfrastructureConfiguration.class)
public final class WebSocketServletServerAutoConfiguration {

	private static final String JETTY_CONTAINER = "org.eclipse.jetty.ee11.websocket.server.JettyWebSocketServerContainer";

	private static final String TOMCAT_UPGRADE_HANDLER = "org.apache.tomcat.websocket.server.WsHttpUpgradeHandler";

	private static final String JETTY_FACTORY = "org.springframework.boot.jetty.servlet.JettyServletWebServerFactory";

	@Bean
	TransportCapabilities webSocketTransportCapabilities(ServletTransportSupport transport) {
		return transport.capabilities();
	}

	@Bean
	@ConditionalOnMissingBean(name = "webSocketServiceHandlerMapping")
	WebSocketHandlerMapping webSocketServiceHandlerMapping(MappedEndpoints endpoints, WebSocketProperties properties,
			ServletTransportSupport transport) {
		WebSocketServerProperties server = properties.getServer();
		return ServletEndpointMapping.create(endpoints.endpoints(), server.getAllowedOrigins(),
				server.isCompressionEnabled(), transport.upgradeStrategies());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = JETTY_CONTAINER)
	@ConditionalOnBean(type = JETTY_FACTORY)
	static class JettyTransportConfiguration {

		/** Jetty's own API passes pings and frame-sized parts on. */
		@Bean
		ServletTransportSupport jettyWebSocketTransport() {
			return new ServletTransportSupport(new TransportCapabilities("Jetty", true), JettyUpgradeStrategy::new);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(type = JETTY_FACTORY)
	@ConditionalOnClass(name = TOMCAT_UPGRADE_HANDLER)
	static class TomcatTransportConfiguration {

		/**
		 * Tomcat, through Spring's standard adapter, answers pings itself and passes pongs on;
		 * wsboot inflates compressed messages in place of Tomcat's inflater, which cuts some.
		 */
		@Bean
		ServletTransportSupport tomcatWebSocketTransport() {
			return new ServletTransportSupport(new TransportCapabilities("Tomcat", false),
					(endpoint, decision, secure) -> new TomcatUpgradeStrategy());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(type = JETTY_FACTORY)
	@ConditionalOnMissingClass(TOMCAT_UPGRADE_HANDLER)
	static class StandardTransportConfiguration {

		/** Another servlet container, through Spring's standard adapter: pings are taken as answered. */
		@Bean
		ServletTransportSupport standardWebSocketTransport() {
			return new ServletTransportSupport(new TransportCapabilities("the servlet container", false),
					(endpoint, decision, secure) -> new StandardWebSocketUpgradeStrategy());
		}

	}

}
