package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.server.MappedEndpoints;
import io.wsboot.websocket.server.TransportCapabilities;
import io.wsboot.websocket.server.reactive.ReactiveEndpointMapping;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

/**
 * Auto-configuration of the {@code @WebSocketService} endpoints of a reactive web application, on
 * Spring WebFlux and Reactor Netty. Service methods run on Reactor's bounded elastic workers, never on
 * the event loop; the same {@code websocket.server.*} properties apply.
 */
@AutoConfiguration(after = WebSocketBindingAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass({ SimpleUrlHandlerMapping.class, HttpServer.class })
@EnableConfigurationProperties(WebSocketProperties.class)
@Import(ServerInfrastructureConfiguration.class)
public final class WebSocketReactiveServerAutoConfiguration {

	@Bean
	TransportCapabilities webSocketTransportCapabilities() {
		return new TransportCapabilities("Reactor Netty", true);
	}

	@Bean
	@ConditionalOnMissingBean(name = "webSocketServiceHandlerMapping")
	SimpleUrlHandlerMapping webSocketServiceHandlerMapping(MappedEndpoints endpoints, WebSocketProperties properties) {
		WebSocketServerProperties server = properties.getServer();
		return ReactiveEndpointMapping.create(endpoints.endpoints(), server.getAllowedOrigins(),
				server.isCompressionEnabled(), Schedulers.boundedElastic());
	}

}
