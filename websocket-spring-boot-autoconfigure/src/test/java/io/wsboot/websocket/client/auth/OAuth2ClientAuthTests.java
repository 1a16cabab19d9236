package io.wsboot.websocket.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.client.AuthorizedClientTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken.TokenType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code oauth2(registrationId)} on the auto-configured {@code WsClient} against wsboot's server and
 * a local token endpoint: a token obtained at the first connect, reused while valid, obtained again
 * once expired (client credentials) or refreshed (an authorized client with a refresh token, here
 * seeded as the reference's refresh-token grant starts), obtained anew for a retry's reconnect (and
 * tried again with it while the token endpoint is out of reach), and the reference's
 * {@code AuthError} text when the authorization server refuses. Spring Security counts a token as
 * expired 60 s before its {@code expires_in} ends, so a token of 30 s is expired at once.
 */
class OAuth2ClientAuthTests extends AuthServerTests {

	@Autowired
	TokenServer tokens;

	@Autowired
	ClientRegistrationRepository registrations;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	private void connectOnce(String tag, String registration) {
		connectOnce(tag, this.client.options().oauth2(registration).build());
	}

	@Test
	void aValidTokenIsObtainedOnceAndReusedByTheNextConnect() {
		this.tokens.behave("reuse", TokenServer.Behaviour.expiringIn(3600));
		connectOnce("reuse", "reuse");
		connectOnce("reuse", "reuse");
		assertThat(this.handshakes.of("reuse")).containsExactly("Bearer token-1", "Bearer token-1");
		assertThat(this.tokens.requestsOf("reuse")).containsExactly("client_credentials");
	}

	@Test
	void anExpiredTokenIsObtainedAgainAtTheNextConnect() {
		this.tokens.behave("expiring", TokenServer.Behaviour.expiringIn(30));
		connectOnce("expiring", "expiring");
		connectOnce("expiring", "expiring");
		assertThat(this.handshakes.of("expiring")).containsExactly("Bearer token-1", "Bearer token-2");
		assertThat(this.tokens.requestsOf("expiring")).containsExactly("client_credentials", "client_credentials");
	}

	@Test
	void anExpiredTokenWithARefreshTokenIsRefreshedAtEachConnect() {
		this.tokens.behave("refreshing", TokenServer.Behaviour.expiringIn(30).withRefreshTokens());
		ClientRegistration registration = this.registrations.findByRegistrationId("refreshing");
		Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
		OAuth2AuthorizedClient expired = new OAuth2AuthorizedClient(registration, AuthorizedClientTokens.PRINCIPAL,
				new OAuth2AccessToken(TokenType.BEARER, "token-0", hourAgo.minusSeconds(60), hourAgo),
				new OAuth2RefreshToken("refresh-0", hourAgo.minusSeconds(60)));
		this.authorizedClients.saveAuthorizedClient(expired,
				UsernamePasswordAuthenticationToken.authenticated(AuthorizedClientTokens.PRINCIPAL, null, List.of()));
		connectOnce("refreshing", "refreshing");
		connectOnce("refreshing", "refreshing");
		assertThat(this.handshakes.of("refreshing")).containsExactly("Bearer token-1", "Bearer token-2");
		assertThat(this.tokens.requestsOf("refreshing")).containsExactly("refresh_token:refresh-0",
				"refresh_token:refresh-1");
	}

	@Test
	void aRetryReconnectPresentsATokenObtainedForIt() throws Exception {
		this.tokens.behave("retrying", TokenServer.Behaviour.expiringIn(30));
		ConnectOptions options = this.client.options().oauth2("retrying").retry(RETRY).build();
		assertThat(handshakesAroundAReconnect("retrying", options)).containsExactly("Bearer token-1",
				"Bearer token-2");
		assertThat(this.tokens.requestsOf("retrying")).containsExactly("client_credentials", "client_credentials");
	}

	@Test
	void aTokenEndpointOutOfReachAtAReconnectIsTriedAgainWithTheConnection() throws Exception {
		this.tokens.behave("unreachable", TokenServer.Behaviour.expiringIn(30));
		ConnectOptions options = this.client.options().oauth2("unreachable").retry(RETRY).build();
		List<String> handshakes = handshakesAroundAReconnect("unreachable", options,
				() -> this.tokens.dropNext("unreachable", 2));
		assertThat(handshakes).containsExactly("Bearer token-1", "Bearer token-2");
		assertThat(this.tokens.requestsOf("unreachable")).startsWith("client_credentials", "dropped")
			.endsWith("dropped", "client_credentials")
			.filteredOn("client_credentials"::equals)
			.hasSize(2);
	}

	@Test
	void aTokenEndpointThatRefusesTheClientFailsTheConnectWithTheReferenceText() {
		assertThatExceptionOfType(AuthException.class)
			.isThrownBy(() -> this.client.connect(url("refused"), this.client.options().oauth2("refused").build()))
			.withMessageStartingWith("Failed to enrich request with OAuth2 token. ")
			.withMessageContaining("invalid_client")
			.satisfies((ex) -> assertThat(ex.getCause()).isNotNull());
		assertThat(this.handshakes.of("refused")).isEmpty();
	}

	@Test
	void aTokenEndpointThatFailsFailsTheConnectWithTheReferenceText() {
		this.tokens.behave("broken", TokenServer.Behaviour.failing(500));
		assertThatExceptionOfType(AuthException.class)
			.isThrownBy(() -> this.client.connect(url("broken"), this.client.options().oauth2("broken").build()))
			.withMessageStartingWith("Failed to enrich request with OAuth2 token. ");
		assertThat(this.tokens.requestsOf("broken")).containsExactly("client_credentials");
		assertThat(this.handshakes.of("broken")).isEmpty();
	}

	@Test
	void anUnknownRegistrationFailsTheConnectNamingIt() {
		assertThatExceptionOfType(AuthException.class)
			.isThrownBy(() -> this.client.connect(url("unknown"), this.client.options().oauth2("unknown").build()))
			.withMessage(
					"Failed to enrich request with OAuth2 token. Could not find ClientRegistration with id 'unknown'");
	}

	@Test
	void aRegistrationThatNeedsAUserFailsTheConnectNamingIt() {
		assertThatExceptionOfType(AuthException.class)
			.isThrownBy(() -> this.client.connect(url("login"), this.client.options().oauth2("login").build()))
			.withMessageStartingWith(
					"Failed to enrich request with OAuth2 token. Client registration 'login' gave no access token");
		assertThat(this.handshakes.of("login")).isEmpty();
	}

}
