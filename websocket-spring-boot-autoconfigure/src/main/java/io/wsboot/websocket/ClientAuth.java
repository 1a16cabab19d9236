package io.wsboot.websocket;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the {@code Authorization} header of a {@link WsClient}'s handshakes comes from, set with
 * {@link ConnectOptionsBuilder#auth(ClientAuth)} (the reference client's {@code auth}). wsboot asks
 * for the header before every handshake: the first connect and each reconnect of a retry, so a
 * token that changes over time is fresh on every attempt. Besides {@link #basic}, {@link #bearer}
 * and {@link SelfIssuedJwt}, {@link ConnectOptionsBuilder#oauth2(String)} takes tokens from Spring
 * Security's OAuth2 client.
 *
 * <p>Called on the connecting thread (a reconnect's own thread for retries); it may block, for
 * instance to fetch a token, and holds up only that connection attempt.
 */
@FunctionalInterface
public interface ClientAuth {

	/**
	 * The value of the {@code Authorization} header for the next handshake, such as
	 * {@code "Bearer eyJ…"}.
	 * @return the header value; never {@code null}
	 * @throws AuthException when no credentials can be had; the connect attempt fails with it (an
	 * unexpected exception is wrapped in an {@code AuthException}
	 * {@code "Failed to enrich request with Authorization header. <cause>"})
	 */
	String authorization();

	/**
	 * HTTP Basic credentials (the reference's {@code CredentialsConfig}).
	 * @param username the user name
	 * @param password the password
	 * @return {@code Basic base64(username:password)} for every handshake
	 */
	static ClientAuth basic(String username, String password) {
		Objects.requireNonNull(username, "username must not be null");
		Objects.requireNonNull(password, "password must not be null");
		String header = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return () -> header;
	}

	/**
	 * A fixed bearer token (the reference's {@code BearerTokenConfig}).
	 * @param token the token
	 * @return {@code Bearer <token>} for every handshake
	 */
	static ClientAuth bearer(String token) {
		Objects.requireNonNull(token, "token must not be null");
		String header = "Bearer " + token;
		return () -> header;
	}

	/**
	 * A bearer token asked for at every handshake, for tokens that expire.
	 * @param tokens gives the current token; called before each handshake
	 * @return {@code Bearer <token>}; a supplier that throws or gives no token fails the attempt with
	 * {@code AuthException("Failed to enrich request with Bearer token. <cause>")}
	 */
	static ClientAuth bearer(Supplier<String> tokens) {
		Objects.requireNonNull(tokens, "tokens must not be null");
		return () -> "Bearer " + token(tokens);
	}

	private static String token(Supplier<String> tokens) {
		String token;
		try {
			token = tokens.get();
		}
		catch (AuthException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new AuthException("Failed to enrich request with Bearer token. " + ex.getMessage(), ex);
		}
		if (token == null || token.isBlank()) {
			throw new AuthException("Failed to enrich request with Bearer token. The token supplier gave no token");
		}
		return token;
	}

}
