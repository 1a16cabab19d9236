package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.client.AuthorizedClientTokens;
import io.wsboot.websocket.client.DefaultWsClient;
import io.wsboot.websocket.client.OAuth2Tokens;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of the blocking {@link WsClient}, on Jetty 12's WebSocket client, with the
 * options of {@code websocket.client.*}. Works in web and non-web applications alike. Where Spring
 * Security's OAuth2 client is set up (a {@link ClientRegistrationRepository} bean), the client's
 * {@code oauth2(registrationId)} takes its tokens from an
 * {@link AuthorizedClientServiceOAuth2AuthorizedClientManager} of its own, with the
 * {@code refresh_token} and {@code client_credentials} grants.
 */
@AutoConfiguration(after = WebSocketBindingAutoConfiguration.class,
		afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnClass(WebSocketClient.class)
@EnableConfigurationProperties(WebSocketProperties.class)
public final class WebSocketClientAutoConfiguration {

	private static final String OAUTH2_CLIENT = "org.springframework.security.oauth2.client."
			+ "OAuth2AuthorizedClientManager";

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(WsClient.class)
	DefaultWsClient webSocketClient(WebSocketProperties properties, PayloadBinder binder,
			ObjectProvider<OAuth2Tokens> tokens, ResourceLoader resourceLoader) {
		return new DefaultWsClient(ClientOptions.from(properties.getClient()), binder,
				tokens.getIfAvailable(() -> noOAuth2Support(resourceLoader.getClassLoader())));
	}

	private static OAuth2Tokens noOAuth2Support(@Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent(OAUTH2_CLIENT, classLoader)) {
			return OAuth2Tokens.unavailable("spring-security-oauth2-client is not on the class path");
		}
		return OAuth2Tokens.unavailable("there is no ClientRegistrationRepository bean (spring.security.oauth2.client."
				+ "registration.* with Spring Boot's OAuth2 client support, or your own)");
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(OAuth2AuthorizedClientManager.class)
	@ConditionalOnBean(ClientRegistrationRepository.class)
	static class OAuth2ClientConfiguration {

		@Bean
		@ConditionalOnMissingBean(OAuth2Tokens.class)
		AuthorizedClientTokens webSocketClientOAuth2Tokens(ClientRegistrationRepository registrations,
				ObjectProvider<OAuth2AuthorizedClientService> services) {
			OAuth2AuthorizedClientService service = services
				.getIfAvailable(() -> new InMemoryOAuth2AuthorizedClientService(registrations));
			AuthorizedClientServiceOAuth2AuthorizedClientManager manager;
			manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, service);
			manager.setAuthorizedClientProvider(
					OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().clientCredentials().build());
			return new AuthorizedClientTokens(manager);
		}

	}

}
