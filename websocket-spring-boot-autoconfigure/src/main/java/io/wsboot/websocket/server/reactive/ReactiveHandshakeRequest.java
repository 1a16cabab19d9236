package io.wsboot.websocket.server.reactive;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.HandshakeRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.LinkedCaseInsensitiveMap;
import org.springframework.util.StringUtils;
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
		return (variables != null) ? Map.copyOf(variables) : Map.of();
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
		Map<String, List<String>> headers = new LinkedCaseInsensitiveMap<>();
		request().getHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
		return Collections.unmodifiableMap(headers);
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
		List<String> protocols = new ArrayList<>();
		for (String header : request().getHeaders().getOrEmpty("Sec-WebSocket-Protocol")) {
			protocols.addAll(Arrays.asList(StringUtils.tokenizeToStringArray(header, ",")));
		}
		return Collections.unmodifiableList(protocols);
	}

	@Override
	public void addResponseHeader(String name, String value) {
		this.responseHeaders.add(name, value);
	}

	HttpHeaders responseHeaders() {
		return this.responseHeaders;
	}

}
