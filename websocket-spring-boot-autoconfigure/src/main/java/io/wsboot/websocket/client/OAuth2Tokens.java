package io.wsboot.websocket.client;

import io.wsboot.websocket.AuthException;

/**
 * The access tokens behind {@link io.wsboot.websocket.ConnectOptionsBuilder#oauth2(String)}: one
 * per client registration, asked for before every handshake. The auto-configuration provides
 * {@link AuthorizedClientTokens} where Spring Security's OAuth2 client is set up; a bean of this
 * type defined by the application replaces it.
 */
@FunctionalInterface
public interface OAuth2Tokens {

	/** The reference client's text for a token that could not be had, followed by the cause. */
	String FAILURE = "Failed to enrich request with OAuth2 token. ";

	/**
	 * The access token to send now: reused while valid, obtained again or refreshed when expired.
	 * Blocks while the authorization server is asked.
	 * @param registrationId the client registration
	 * @return the token value
	 * @throws AuthException {@code "Failed to enrich request with OAuth2 token. <cause>"} when none
	 * can be had
	 */
	String accessToken(String registrationId);

	/**
	 * Tokens for a client without OAuth2 support: every request fails, saying what is missing.
	 * @param missing what OAuth2 support needs and the application lacks
	 * @return tokens that fail with an {@link AuthException} naming the registration
	 */
	static OAuth2Tokens unavailable(String missing) {
		return (registrationId) -> {
			throw new AuthException(
					FAILURE + "Client registration '" + registrationId + "' cannot be used: " + missing);
		};
	}

}
