package io.wsboot.websocket.client;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ClientAuth;
import io.wsboot.websocket.ConnectOptions;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Authorization} header of one handshake, from {@link ConnectOptions#auth()} or the
 * OAuth2 registration of {@link ConnectOptions#oauth2Registration()}; asked anew for every attempt.
 */
final class HandshakeAuth {

	private HandshakeAuth() {
	}

	/**
	 * The source of the header the options ask for.
	 * @param options the connection's options
	 * @param tokens the client's OAuth2 tokens
	 * @return the source, or {@code null} when the options set none
	 */
	static @Nullable ClientAuth of(ConnectOptions options, OAuth2Tokens tokens) {
		String registration = options.oauth2Registration();
		if (registration != null) {
			return () -> "Bearer " + tokens.accessToken(registration);
		}
		return options.auth();
	}

	/**
	 * Asks a source for the header.
	 * @param auth the source
	 * @return the header value
	 * @throws AuthException from the source, or wrapping anything else it throws or a missing value
	 */
	static String authorization(ClientAuth auth) {
		String value;
		try {
			value = auth.authorization();
		}
		catch (AuthException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new AuthException("Failed to enrich request with Authorization header. " + ex.getMessage(), ex);
		}
		if (value == null || value.isBlank()) {
			throw new AuthException("Failed to enrich request with Authorization header. No value was given");
		}
		return value;
	}

}
