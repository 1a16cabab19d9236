package io.wsboot.websocket.security;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * A {@link BearerTokenResolver} for Spring Security's servlet resource server that also finds the
 * bearer token a browser offers as a sub-protocol ({@code new WebSocket(url, ["bearer", token])}),
 * so that the token does not end up in a URL and in logs. The {@code Authorization} header, read
 * by the delegate, comes first. wsboot registers one as a bean when the application has none, which
 * Spring Security's {@code oauth2ResourceServer()} picks up; to keep your own resolver, pass it as
 * the delegate.
 */
public final class SubProtocolBearerTokenResolver implements BearerTokenResolver {

	private final BearerTokenResolver delegate;

	/**
	 * Create a resolver reading the {@code Authorization} header first, as Spring Security does.
	 */
	public SubProtocolBearerTokenResolver() {
		this(new DefaultBearerTokenResolver());
	}

	/**
	 * Create a resolver asking another one first.
	 * @param delegate the resolver asked first
	 */
	public SubProtocolBearerTokenResolver(BearerTokenResolver delegate) {
		this.delegate = delegate;
	}

	@Override
	public @Nullable String resolve(HttpServletRequest request) {
		String token = this.delegate.resolve(request);
		if (token != null || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
			return token;
		}
		return BearerSubProtocol.token(Collections.list(request.getHeaders(BearerSubProtocol.HEADER)));
	}

}
