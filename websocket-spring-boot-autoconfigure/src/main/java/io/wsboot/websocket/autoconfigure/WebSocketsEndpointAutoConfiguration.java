package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.actuate.WebSocketsEndpoint;
import io.wsboot.websocket.server.ConnectionRegistry;
import io.wsboot.websocket.server.MappedEndpoints;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code websockets} actuator endpoint, with Spring Boot's actuator in the
 * application and a WebSocket server configured by wsboot. Like Boot's own endpoints, it is reached
 * over HTTP only once exposed ({@code management.endpoints.web.exposure.include=websockets}).
 */
@AutoConfiguration(after = { WebSocketServletServerAutoConfiguration.class,
		WebSocketReactiveServerAutoConfiguration.class })
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(MappedEndpoints.class)
@ConditionalOnAvailableEndpoint(WebSocketsEndpoint.class)
public final class WebSocketsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebSocketsEndpoint webSocketsEndpoint(MappedEndpoints endpoints, ConnectionRegistry connections) {
		return new WebSocketsEndpoint(endpoints, connections);
	}

}
