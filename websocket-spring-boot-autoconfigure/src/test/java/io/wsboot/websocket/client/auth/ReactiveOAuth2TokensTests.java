package io.wsboot.websocket.client.auth;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.autoconfigure.WebSocketBindingAutoConfiguration;
import io.wsboot.websocket.autoconfigure.WebSocketClientAutoConfiguration;
import io.wsboot.websocket.client.OAuth2Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The OAuth2 tokens of a WebFlux application, whose Spring Security OAuth2 client has only a
 * {@link ReactiveClientRegistrationRepository}: obtained from the local token endpoint, reused while
 * valid, obtained again once expired, and refusals as the reference's {@code AuthError} text.
 */
class ReactiveOAuth2TokensTests {

	private final TokenServer tokens = TokenServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(WebSocketBindingAutoConfiguration.class, WebSocketClientAutoConfiguration.class))
		.withBean(ReactiveClientRegistrationRepository.class,
				() -> new InMemoryReactiveClientRegistrationRepository(registration("lasting", "secret-lasting"),
						registration("expiring", "secret-expiring"), registration("refused", "wrong")));

	@AfterEach
	void stop() {
		this.tokens.close();
	}

	private ClientRegistration registration(String id, String secret) {
		return ClientRegistration.withRegistrationId(id)
			.clientId(id)
			.clientSecret(secret)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(this.tokens.tokenUri())
			.build();
	}

	@Test
	void aValidTokenIsReusedAndAnExpiredOneObtainedAgain() {
		this.tokens.behave("lasting", TokenServer.Behaviour.expiringIn(3600));
		this.tokens.behave("expiring", TokenServer.Behaviour.expiringIn(30));
		this.contextRunner.run((context) -> {
			OAuth2Tokens oauth2 = context.getBean(OAuth2Tokens.class);
			assertThat(oauth2.accessToken("lasting")).isEqualTo("token-1");
			assertThat(oauth2.accessToken("lasting")).isEqualTo("token-1");
			assertThat(oauth2.accessToken("expiring")).isEqualTo("token-1");
			assertThat(oauth2.accessToken("expiring")).isEqualTo("token-2");
		});
		assertThat(this.tokens.requestsOf("lasting")).containsExactly("client_credentials");
		assertThat(this.tokens.requestsOf("expiring")).containsExactly("client_credentials", "client_credentials");
	}

	@Test
	void aRefusedClientGetsTheReferenceText() {
		this.contextRunner.run((context) -> assertThatExceptionOfType(AuthException.class)
			.isThrownBy(() -> context.getBean(OAuth2Tokens.class).accessToken("refused"))
			.withMessageStartingWith("Failed to enrich request with OAuth2 token. ")
			.withMessageContaining("invalid_client"));
	}

}
