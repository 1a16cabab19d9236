package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.security.SpringSecurityPrincipals;
import io.wsboot.websocket.security.SubProtocolBearerTokenResolver;
import io.wsboot.websocket.server.Principals;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Auto-configuration of Spring Security for WebSocket endpoints, when it is on the class path: the
 * endpoints learn their users from it ({@code @Authenticated}, {@code Caller.principal()}, the
 * security context in service methods, the token's expiry), and a servlet resource server also
 * reads a browser's bearer token offered as a sub-protocol.
 */
@AutoConfiguration
@ConditionalOnClass(SecurityContextHolder.class)
public final class WebSocketSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Principals webSocketPrincipals() {
		return new SpringSecurityPrincipals();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass({ BearerTokenResolver.class, AuthenticationConverter.class })
	static class SubProtocolBearerTokenConfiguration {

		@Bean
		@ConditionalOnMissingBean({ BearerTokenResolver.class, AuthenticationConverter.class })
		SubProtocolBearerTokenResolver webSocketBearerTokenResolver() {
			return new SubProtocolBearerTokenResolver();
		}

	}

}
