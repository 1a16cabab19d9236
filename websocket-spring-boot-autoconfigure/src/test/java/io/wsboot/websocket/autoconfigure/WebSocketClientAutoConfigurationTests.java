package io.wsboot.websocket.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.RetryOptions;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.client.AuthorizedClientTokens;
import io.wsboot.websocket.client.DefaultWsClient;
import io.wsboot.websocket.client.OAuth2Tokens;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured {@link WsClient}: its options from {@code websocket.client.*}, the start-up
 * failures of values that cannot work, when it backs off, and its OAuth2 tokens where Spring
 * Security's OAuth2 client is set up.
 */
class WebSocketClientAutoConfigurationTests {

	private static final URI UNREACHABLE = URI.create("ws://127.0.0.1:1/x");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(WebSocketBindingAutoConfiguration.class, WebSocketClientAutoConfiguration.class));

	@Test
	void providesAClientWithTheReferenceDefaultsInANonWebApplication() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(WsClient.class);
			ConnectOptions defaults = context.getBean(WsClient.class).defaults();
			assertThat(defaults.compressionEnabled()).isTrue();
			assertThat(defaults.handshakeTimeout()).isEqualTo(Duration.ofSeconds(300));
			assertThat(defaults.readTimeout()).isNull();
			assertThat(defaults.writeTimeout()).isNull();
			assertThat(defaults.maxFrameSize()).isEqualTo(65536);
			assertThat(defaults.retry()).isNull();
			assertThat(defaults.tls().verify()).isTrue();
		});
	}

	@Test
	void takesItsOptionsFromTheProperties() {
		this.contextRunner
			.withPropertyValues("websocket.client.compression-enabled=false", "websocket.client.handshake-timeout=5s",
					"websocket.client.read-timeout=2s", "websocket.client.write-timeout=3s",
					"websocket.client.max-frame-size=1KB", "websocket.client.max-message-size=2MB",
					"websocket.client.inbound-queue-capacity=8", "websocket.client.retry.enabled=true",
					"websocket.client.retry.max-count=4", "websocket.client.retry.interval=200ms",
					"websocket.client.retry.back-off-factor=2.0", "websocket.client.retry.max-wait-interval=10s",
					"websocket.client.ssl.verify=false")
			.run((context) -> {
				ConnectOptions defaults = context.getBean(WsClient.class).defaults();
				assertThat(defaults.compressionEnabled()).isFalse();
				assertThat(defaults.handshakeTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(defaults.writeTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(defaults.maxFrameSize()).isEqualTo(1024);
				assertThat(defaults.maxMessageSize()).isEqualTo(2 * 1024 * 1024);
				assertThat(defaults.inboundQueueCapacity()).isEqualTo(8);
				assertThat(defaults.retry())
					.isEqualTo(new RetryOptions(4, Duration.ofMillis(200), 2.0, Duration.ofSeconds(10)));
				assertThat(defaults.tls().verify()).isFalse();
			});
	}

	@Test
	void variantsStartFromTheConfiguredOptionsWithoutANewBean() {
		this.contextRunner.withPropertyValues("websocket.client.read-timeout=2s").run((context) -> {
			WsClient client = context.getBean(WsClient.class);
			WsClient variant = client.with(client.options().bearerToken("t").subProtocols("chat").build());
			assertThat(variant.defaults().readTimeout()).isEqualTo(Duration.ofSeconds(2));
			assertThat(variant.defaults().auth().authorization()).isEqualTo("Bearer t");
			assertThat(variant.defaults().subProtocols()).containsExactly("chat");
			assertThat(client.defaults().headers()).isEmpty();
			assertThat(client.defaults().auth()).isNull();
			assertThat(context).hasSingleBean(WsClient.class);
		});
	}

	@Test
	void valuesThatCannotWorkFailStartUpNamingTheProperty() {
		assertStartUpFails("websocket.client.max-frame-size=100B",
				"'websocket.client.max-frame-size' must be between 125B and 2147483647B but was 100B");
		assertStartUpFails("websocket.client.handshake-timeout=0s",
				"'websocket.client.handshake-timeout' must be positive but was PT0S");
		assertStartUpFails("websocket.client.inbound-queue-capacity=0",
				"'websocket.client.inbound-queue-capacity' must be >= 1 but was 0");
		assertStartUpFails("websocket.client.retry.enabled=true", "websocket.client.retry.back-off-factor=0.5",
				"'websocket.client.retry.back-off-factor' must be >= 1.0 but was 0.5");
		assertStartUpFails("websocket.client.ssl.certificate=file:cert.pem",
				"'websocket.client.ssl.certificate' and 'websocket.client.ssl.private-key' go together but only "
						+ "'websocket.client.ssl.certificate' is set");
	}

	private void assertStartUpFails(String... propertiesThenMessage) {
		String message = propertiesThenMessage[propertiesThenMessage.length - 1];
		String[] properties = Arrays.copyOf(propertiesThenMessage, propertiesThenMessage.length - 1);
		this.contextRunner.withPropertyValues(properties)
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessage(message));
	}

	@Test
	void backsOffWhenTheUserDefinesAClient() {
		WsClient mine = new DefaultWsClient(ConnectOptions.builder().build(),
				new PayloadBinder(new JsonMapper()));
		this.contextRunner.withBean(WsClient.class, () -> mine)
			.run((context) -> assertThat(context.getBean(WsClient.class)).isSameAs(mine));
	}

	@Test
	void backsOffWithoutJettysWebSocketClient() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(WebSocketClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(WsClient.class));
	}

	@Test
	void providesOAuth2TokensWithAClientRegistrationRepository() {
		this.contextRunner
			.withBean(ClientRegistrationRepository.class, WebSocketClientAutoConfigurationTests::registrations)
			.run((context) -> {
				assertThat(context).hasSingleBean(AuthorizedClientTokens.class);
				assertThat(context).hasSingleBean(WsClient.class);
			});
	}

	@Test
	void providesOAuth2TokensWithAReactiveClientRegistrationRepositoryInAWebFluxApplication() {
		this.contextRunner
			.withBean(ReactiveClientRegistrationRepository.class,
					() -> new InMemoryReactiveClientRegistrationRepository(registration()))
			.run((context) -> assertThat(context).hasSingleBean(AuthorizedClientTokens.class));
	}

	@Test
	void providesNoOAuth2TokensWithoutAClientRegistrationRepositoryAndOAuth2SaysWhatIsMissing() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(OAuth2Tokens.class);
			assertOAuth2Fails(context.getBean(WsClient.class), "Failed to enrich request with OAuth2 token. "
					+ "Client registration 'partner' cannot be used: there is no ClientRegistrationRepository or "
					+ "ReactiveClientRegistrationRepository bean (spring.security.oauth2.client.registration.* with "
					+ "Spring Boot's OAuth2 client support, or your own)");
		});
	}

	@Test
	void backsOffToTheApplicationsOAuth2Tokens() {
		List<String> asked = new CopyOnWriteArrayList<>();
		OAuth2Tokens mine = (registrationId) -> {
			asked.add(registrationId);
			return "mine";
		};
		this.contextRunner
			.withBean(ClientRegistrationRepository.class, WebSocketClientAutoConfigurationTests::registrations)
			.withBean(OAuth2Tokens.class, () -> mine)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(AuthorizedClientTokens.class);
				WsClient client = context.getBean(WsClient.class);
				assertThatExceptionOfType(ConnectionException.class)
					.isThrownBy(() -> client.connect(UNREACHABLE, client.options().oauth2("partner").build()));
				assertThat(asked).containsExactly("partner");
			});
	}

	@Test
	void worksWithoutSpringSecurityAndOAuth2SaysItIsMissing() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.security")).run((context) -> {
			assertThat(context).hasSingleBean(WsClient.class);
			assertThat(context).doesNotHaveBean(OAuth2Tokens.class);
			WsClient client = context.getBean(WsClient.class);
			assertThat(client.options().basicAuth("ann", "s3cret").build().auth().authorization())
				.isEqualTo("Basic YW5uOnMzY3JldA==");
			assertOAuth2Fails(client, "Failed to enrich request with OAuth2 token. Client registration 'partner' "
					+ "cannot be used: spring-security-oauth2-client is not on the class path");
		});
	}

	private static void assertOAuth2Fails(WsClient client, String message) {
		assertThatExceptionOfType(AuthException.class)
			.isThrownBy(() -> client.connect(UNREACHABLE, client.options().oauth2("partner").build()))
			.withMessage(message);
	}

	private static ClientRegistrationRepository registrations() {
		return new InMemoryClientRegistrationRepository(registration());
	}

	private static ClientRegistration registration() {
		return ClientRegistration.withRegistrationId("partner")
			.clientId("partner")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri("http://127.0.0.1:1/token")
			.build();
	}

	@Test
	void isClosedWithTheContext() {
		this.contextRunner.run((context) -> {
			WsClient client = context.getBean(WsClient.class);
			context.close();
			assertThatExceptionOfType(WebSocketException.class)
				.isThrownBy(() -> client.connect(URI.create("ws://127.0.0.1:1/x"), client.defaults()))
				.withMessage("The WsClient is closed");
		});
	}

}
