package io.wsboot.websocket.client.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The application of the client authentication tests: a wsboot echo service at
 * {@code /ws/auth/{tag}} that records the {@code Authorization} header of every handshake by tag,
 * the {@link TokenServer}, one OAuth2 client registration per scenario, all pointing at it, and the
 * authorized client service the tests seed.
 * Spring Boot's OAuth2 client auto-configuration is not on the test class path, so the
 * registrations are declared here.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(AuthTestApplication.RecordingUpgrade.class)
class AuthTestApplication {

	/** The client-credentials registrations with the right secret ({@code refused} has a wrong one). */
	private static final List<String> CLIENTS = List.of("reuse", "expiring", "refreshing", "retrying", "unreachable",
			"broken");

	@Bean(destroyMethod = "close")
	TokenServer tokenServer() {
		return TokenServer.start();
	}

	@Bean
	Handshakes handshakes() {
		return new Handshakes();
	}

	@Bean
	OAuth2AuthorizedClientService authorizedClientService(ClientRegistrationRepository registrations) {
		return new InMemoryOAuth2AuthorizedClientService(registrations);
	}

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(TokenServer tokens) {
		List<ClientRegistration> registrations = new ArrayList<>(
				CLIENTS.stream().map((id) -> clientCredentials(id, "secret-" + id, tokens)).toList());
		registrations.add(clientCredentials("refused", "wrong-secret", tokens));
		registrations.add(ClientRegistration.withRegistrationId("login")
			.clientId("login")
			.clientSecret("secret-login")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/login/oauth2/code/login")
			.authorizationUri(tokens.tokenUri().replace("/token", "/authorize"))
			.tokenUri(tokens.tokenUri())
			.build());
		return new InMemoryClientRegistrationRepository(registrations);
	}

	private static ClientRegistration clientCredentials(String id, String secret, TokenServer tokens) {
		return ClientRegistration.withRegistrationId(id)
			.clientId(id)
			.clientSecret(secret)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(tokens.tokenUri())
			.build();
	}

	/** The {@code Authorization} header of each handshake the server accepted, by tag, in order. */
	static final class Handshakes {

		private final Map<String, List<String>> byTag = new ConcurrentHashMap<>();

		void record(String tag, String authorization) {
			this.byTag.computeIfAbsent(tag, (key) -> new CopyOnWriteArrayList<>()).add(authorization);
		}

		List<String> of(String tag) {
			return List.copyOf(this.byTag.getOrDefault(tag, List.of()));
		}

	}

	@WebSocketService(path = "/ws/auth/{tag}")
	static class RecordingUpgrade implements UpgradeService {

		private final Handshakes handshakes;

		RecordingUpgrade(Handshakes handshakes) {
			this.handshakes = handshakes;
		}

		@Override
		public Echo get(HandshakeRequest request) {
			String authorization = request.header("Authorization");
			this.handshakes.record(request.pathVariable("tag"), (authorization != null) ? authorization : "none");
			return new Echo();
		}

	}

	/** Echoes text. */
	public static class Echo implements Service {

		public String onTextMessage(Caller caller, String text) {
			return text;
		}

	}

}
