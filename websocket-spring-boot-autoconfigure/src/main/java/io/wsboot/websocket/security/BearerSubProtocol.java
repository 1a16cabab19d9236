package io.wsboot.websocket.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.wsboot.websocket.server.SubProtocols;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.util.StringUtils;

/**
 * Reads the bearer token a browser offers as a sub-protocol: {@code new WebSocket(url, ["bearer",
 * token])} sends {@code Sec-WebSocket-Protocol: bearer, <token>}, and the token is the entry after
 * {@value SubProtocols#BEARER}.
 */
final class BearerSubProtocol {

	/** The header of the offered sub-protocols. */
	static final String HEADER = "Sec-WebSocket-Protocol";

	/** The characters of a bearer token (RFC 6750), as Spring Security's own resolvers accept. */
	private static final Pattern TOKEN = Pattern.compile("[a-zA-Z0-9-._~+/]+=*");

	private BearerSubProtocol() {
	}

	/**
	 * The token among the values of the {@value #HEADER} header.
	 * @param headerValues the header's values, each possibly a comma-separated list
	 * @return the token, or {@code null} when none was offered
	 * @throws OAuth2AuthenticationException when {@code bearer} is not followed by a well-formed token
	 */
	static @Nullable String token(Iterable<String> headerValues) {
		List<String> offered = new ArrayList<>();
		for (String value : headerValues) {
			for (String protocol : StringUtils.tokenizeToStringArray(value, ",")) {
				offered.add(protocol);
			}
		}
		int bearer = offered.indexOf(SubProtocols.BEARER);
		if (bearer < 0) {
			return null;
		}
		if (bearer + 1 == offered.size() || !TOKEN.matcher(offered.get(bearer + 1)).matches()) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
		}
		return offered.get(bearer + 1);
	}

}
