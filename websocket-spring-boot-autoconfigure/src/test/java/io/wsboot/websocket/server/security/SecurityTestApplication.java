package io.wsboot.websocket.server.security;

import io.wsboot.websocket.security.SubProtocolBearerTokenConverter;
import io.wsboot.websocket.testing.ServiceEvents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.server.resource.introspection.SpringOpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.introspection.SpringReactiveOpaqueTokenIntrospector;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The application of the security tests: the endpoints of {@link SecuredServices} behind Spring
 * Security — on the servlet stack or on WebFlux, whichever runs — with HTTP Basic users and a
 * resource server that takes either the JWTs of {@link TestTokens} or, with
 * {@code test.introspection-uri} set, opaque tokens introspected at that address. Every request is
 * let through; the endpoints' {@code @Authenticated} decide.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
class SecurityTestApplication {

	static final String PASSWORD = "{noop}password";

	@Bean
	ServiceEvents serviceEvents() {
		return new ServiceEvents();
	}

	static UserDetails[] users() {
		return new UserDetails[] { User.withUsername("alice").password(PASSWORD).authorities("SCOPE_write").build(),
				User.withUsername("bob").password(PASSWORD).authorities("SCOPE_read").build(),
				User.withUsername("root").password(PASSWORD).authorities("ROLE_ADMIN").build() };
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@EnableWebSecurity
	static class ServletSecurity {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http,
				@Value("${test.introspection-uri:}") String introspectionUri) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.httpBasic(Customizer.withDefaults())
				.csrf(AbstractHttpConfigurer::disable)
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.oauth2ResourceServer((resourceServer) -> {
					if (introspectionUri.isEmpty()) {
						resourceServer.jwt((jwt) -> jwt.decoder(TestTokens.decoder()));
					}
					else {
						resourceServer.opaqueToken((opaque) -> opaque.introspector(SpringOpaqueTokenIntrospector
							.withIntrospectionUri(introspectionUri)
							.clientId(IntrospectionServer.CLIENT_ID)
							.clientSecret(IntrospectionServer.CLIENT_SECRET)
							.build()));
					}
				});
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(SecurityTestApplication.users());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@EnableWebFluxSecurity
	static class ReactiveSecurity {

		@Bean
		SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
				@Value("${test.introspection-uri:}") String introspectionUri) {
			http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.httpBasic(Customizer.withDefaults())
				.csrf(ServerHttpSecurity.CsrfSpec::disable)
				.oauth2ResourceServer((resourceServer) -> {
					resourceServer.bearerTokenConverter(new SubProtocolBearerTokenConverter());
					if (introspectionUri.isEmpty()) {
						resourceServer.jwt((jwt) -> jwt.jwtDecoder(TestTokens.reactiveDecoder()));
					}
					else {
						resourceServer.opaqueToken((opaque) -> opaque.introspector(SpringReactiveOpaqueTokenIntrospector
							.withIntrospectionUri(introspectionUri)
							.clientId(IntrospectionServer.CLIENT_ID)
							.clientSecret(IntrospectionServer.CLIENT_SECRET)
							.build()));
					}
				});
			return http.build();
		}

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(SecurityTestApplication.users());
		}

	}

}
