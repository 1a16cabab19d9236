package io.wsboot.websocket.client;

import io.wsboot.websocket.AuthException;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;

/**
 * {@link OAuth2Tokens} from Spring Security's {@link OAuth2AuthorizedClientManager}, which keeps the
 * authorized client of each registration and decides when to obtain or refresh its token. The
 * client acts for itself, outside any HTTP request, as the principal {@value #PRINCIPAL}. Loaded
 * only where {@code spring-security-oauth2-client} is on the class path.
 */
public final class AuthorizedClientTokens implements OAuth2Tokens {

	/** The principal name the authorized clients are kept under. */
	public static final String PRINCIPAL = "wsboot-client";

	private final OAuth2AuthorizedClientManager manager;

	/**
	 * Create tokens from a manager.
	 * @param manager a manager that works outside HTTP requests, such as an
	 * {@code AuthorizedClientServiceOAuth2AuthorizedClientManager} (or a blocking call of an
	 * {@code AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager})
	 */
	public AuthorizedClientTokens(OAuth2AuthorizedClientManager manager) {
		this.manager = manager;
	}

	@Override
	public String accessToken(String registrationId) {
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
			.principal(PRINCIPAL)
			.build();
		OAuth2AuthorizedClient client;
		try {
			client = this.manager.authorize(request);
		}
		catch (RuntimeException ex) {
			throw new AuthException(FAILURE + ex.getMessage(), ex);
		}
		if (client == null) {
			throw new AuthException(FAILURE + "Client registration '" + registrationId
					+ "' gave no access token; its grant type must be client_credentials (or another grant the"
					+ " manager supports without a user)");
		}
		return client.getAccessToken().getTokenValue();
	}

}
