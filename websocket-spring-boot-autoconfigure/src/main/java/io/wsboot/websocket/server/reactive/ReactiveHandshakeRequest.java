package io.wsboot.websocket.server.reactive;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.server.HandshakeHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * A WebFlux upgrade request as a {@link HandshakeRequest}; collects the headers to add to the
 * {@code 101} response.
 */
final class ReactiveHandshakeRequest implements HandshakeRequest {

	private final ServerWebExchange exchange;

	private final @Nullable Principal principal;

	private final HttpHeaders responseHeaders = new HttpHeaders();

	ReactiveHandshakeRequest(ServerWebExchange exchange, @Nullable Principal principal) {
		this.exchange = exchange;
		this.principal = principal;
	}

	private ServerHttpRequest request() {
		return this.exchange.getRequest();
	}

	@Override
	public String path() {
		return request().getPath().value();
	}

	@Override
	public @Nullable String pathVariable(String name) {
		return pathVariables().get(name);
	}

	@Override
	public Map<String, String> pathVariables() {
		Map<String, String> variables = this.exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(variables)) : Map.of();
	}

	@Override
	public @Nullable String queryParam(String name) {
		return request().getQueryParams().getFirst(name);
	}

	@Override
	public Map<String, List<String>> queryParams() {
		return Collections.unmodifiableMap(request().getQueryParams());
	}

	@Override
	public @Nullable String header(String name) {
		return request().getHeaders().getFirst(name);
	}

	@Override
	public Map<String, List<String>> headers() {
		return HandshakeHeaders.readOnly(request().getHeaders());
	}

	@Override
	public @Nullable String origin() {
		return request().getHeaders().getOrigin();
	}

	@Override
	public @Nullable Principal principal() {
		return this.principal;
	}

	@Override
	public @Nullable InetSocketAddress remoteAddress() {
		return request().getRemoteAddress();
	}

	@Override
	public List<String> requestedSubProtocols() {
		return HandshakeHeaders.subProtocols(request().getHeaders());
	}

	@Override
	public void addResponseHeader(String name, String value) {
		this.responseHeaders.add(name, value);
	}

	HttpHeaders responseHeaders() {
		return this.responseHeaders;
	}

}
