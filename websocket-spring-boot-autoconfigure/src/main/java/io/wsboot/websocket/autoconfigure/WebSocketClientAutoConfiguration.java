package io.wsboot.websocket.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.client.AuthorizedClientTokens;
import io.wsboot.websocket.client.ClientMetrics;
import io.wsboot.websocket.client.DefaultWsClient;
import io.wsboot.websocket.client.OAuth2Tokens;
import io.wsboot.websocket.client.WsClientCustomizer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of the blocking {@link WsClient}, on Jetty 12's WebSocket client, with the
 * options of {@code websocket.client.*}. Works in web and non-web applications alike. Where Spring
 * Security's OAuth2 client is set up (a {@link ClientRegistrationRepository} bean, or in a WebFlux
 * application a {@link ReactiveClientRegistrationRepository}), the client's
 * {@code oauth2(registrationId)} takes its tokens from an authorized client manager of its own that
 * works outside requests, with the {@code refresh_token} and {@code client_credentials} grants.
 */
@AutoConfiguration(after = WebSocketBindingAutoConfiguration.class,
		afterName = { "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.reactive."
						+ "ReactiveOAuth2ClientAutoConfiguration" })
@ConditionalOnClass(WebSocketClient.class)
@EnableConfigurationProperties(WebSocketProperties.class)
public final class WebSocketClientAutoConfiguration {

	private static final String OAUTH2_CLIENT = "org.springframework.security.oauth2.client."
			+ "OAuth2AuthorizedClientManager";

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(WsClient.class)
	DefaultWsClient webSocketClient(WebSocketProperties properties, PayloadBinder binder,
			ObjectProvider<OAuth2Tokens> tokens, ResourceLoader resourceLoader, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<WsClientCustomizer> customizers, ObjectProvider<ClientMetrics> metrics) {
		return new DefaultWsClient(ClientOptions.from(properties.getClient(), sslBundles.getIfAvailable()), binder,
				tokens.getIfAvailable(() -> noOAuth2Support(resourceLoader.getClassLoader())),
				customizers.orderedStream().toList(), metrics.getIfAvailable(() -> ClientMetrics.NONE));
	}

	/**
	 * With {@code spring.threads.virtual.enabled} (Java 21 and later), the Jetty client runs the
	 * tasks that may block, such as delivering messages, on virtual threads.
	 */
	@Bean
	@ConditionalOnThreading(Threading.VIRTUAL)
	WsClientCustomizer webSocketClientVirtualThreads() {
		return (httpClient) -> ((QueuedThreadPool) httpClient.getExecutor())
			.setVirtualThreadsExecutor(new VirtualThreadTaskExecutor("wsboot-client-"));
	}

	private static OAuth2Tokens noOAuth2Support(@Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent(OAUTH2_CLIENT, classLoader)) {
			return OAuth2Tokens.unavailable("spring-security-oauth2-client is not on the class path");
		}
		return OAuth2Tokens.unavailable("there is no ClientRegistrationRepository or "
				+ "ReactiveClientRegistrationRepository bean (spring.security.oauth2.client.registration.* with "
				+ "Spring Boot's OAuth2 client support, or your own)");
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		/** Meters in the application's registry, when it has one (Spring Boot's actuator makes it). */
		@Bean
		@ConditionalOnMissingBean
		ClientMetrics webSocketClientMetrics(ObjectProvider<MeterRegistry> registry) {
			MeterRegistry meters = registry.getIfAvailable();
			return (meters != null) ? new MicrometerClientMetrics(meters) : ClientMetrics.NONE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ ReactiveOAuth2AuthorizedClientManager.class, Mono.class })
	@ConditionalOnBean(ReactiveClientRegistrationRepository.class)
	@ConditionalOnMissingBean(ClientRegistrationRepository.class)
	static class ReactiveOAuth2ClientConfiguration {

		@Bean
		@ConditionalOnMissingBean(OAuth2Tokens.class)
		AuthorizedClientTokens webSocketClientOAuth2Tokens(ReactiveClientRegistrationRepository registrations,
				ObjectProvider<ReactiveOAuth2AuthorizedClientService> services) {
			ReactiveOAuth2AuthorizedClientService service = services
				.getIfAvailable(() -> new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
			AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager;
			manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, service);
			manager.setAuthorizedClientProvider(
					ReactiveOAuth2AuthorizedClientProviderBuilder.builder().refreshToken().clientCredentials().build());
			return new AuthorizedClientTokens((request) -> manager.authorize(request).block());
		}

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
