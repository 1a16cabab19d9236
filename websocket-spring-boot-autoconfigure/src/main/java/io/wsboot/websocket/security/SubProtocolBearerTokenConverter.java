package io.wsboot.websocket.security;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * A {@link ServerAuthenticationConverter} for Spring Security's reactive resource server that also
 * finds the bearer token a browser offers as a sub-protocol ({@code new WebSocket(url, ["bearer",
 * token])}); the {@code Authorization} header comes first. Set it with
 * {@code http.oauth2ResourceServer((resourceServer) -> resourceServer.bearerTokenConverter(new
 * SubProtocolBearerTokenConverter()))}.
 */
public final class SubProtocolBearerTokenConverter implements ServerAuthenticationConverter {

	private final ServerAuthenticationConverter delegate;

	/**
	 * Create a converter reading the {@code Authorization} header first, as Spring Security does.
	 */
	public SubProtocolBearerTokenConverter() {
		this(new ServerBearerTokenAuthenticationConverter());
	}

	/**
	 * Create a converter asking another one first.
	 * @param delegate the converter asked first
	 */
	public SubProtocolBearerTokenConverter(ServerAuthenticationConverter delegate) {
		this.delegate = delegate;
	}

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		return this.delegate.convert(exchange).switchIfEmpty(Mono.defer(() -> fromSubProtocol(exchange)));
	}

	private static Mono<Authentication> fromSubProtocol(ServerWebExchange exchange) {
		if (!"websocket".equalsIgnoreCase(exchange.getRequest().getHeaders().getUpgrade())) {
			return Mono.empty();
		}
		List<String> values = exchange.getRequest().getHeaders().getOrEmpty(BearerSubProtocol.HEADER);
		return Mono.fromCallable(() -> BearerSubProtocol.token(values)).map(BearerTokenAuthenticationToken::new);
	}

}
