package io.wsboot.websocket.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.AbstractOAuth2Token;

/**
 * The expiry of OAuth2 credentials, such as the {@code Jwt} of a resource server's
 * authentication; loaded only when Spring Security's OAuth2 support is on the class path.
 */
final class OAuth2Credentials {

	private OAuth2Credentials() {
	}

	static @Nullable Instant expiresAt(@Nullable Object credentials) {
		return (credentials instanceof AbstractOAuth2Token token) ? token.getExpiresAt() : null;
	}

}
