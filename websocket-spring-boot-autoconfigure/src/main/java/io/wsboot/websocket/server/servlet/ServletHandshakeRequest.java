package io.wsboot.websocket.server.servlet;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.server.HandshakeHeaders;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A servlet upgrade request as a {@link HandshakeRequest}; collects the headers to add to the
 * {@code 101} response.
 */
final class ServletHandshakeRequest implements HandshakeRequest {

	private final ServletServerHttpRequest request;

	private final HttpHeaders responseHeaders = new HttpHeaders();

	ServletHandshakeRequest(ServletServerHttpRequest request) {
		this.request = request;
	}

	@Override
	public String path() {
		return this.request.getURI().getPath();
	}

	@Override
	public @Nullable String pathVariable(String name) {
		return pathVariables().get(name);
	}

	@Override
	@SuppressWarnings("unchecked")
	public Map<String, String> pathVariables() {
		Object variables = servletRequest().getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map)
				? Collections.unmodifiableMap(new LinkedHashMap<>((Map<String, String>) map)) : Map.of();
	}

	@Override
	public @Nullable String queryParam(String name) {
		return servletRequest().getParameter(name);
	}

	@Override
	public Map<String, List<String>> queryParams() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		servletRequest().getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
		return Collections.unmodifiableMap(params);
	}

	@Override
	public @Nullable String header(String name) {
		return this.request.getHeaders().getFirst(name);
	}

	@Override
	public Map<String, List<String>> headers() {
		return HandshakeHeaders.readOnly(this.request.getHeaders());
	}

	@Override
	public @Nullable String origin() {
		return this.request.getHeaders().getOrigin();
	}

	@Override
	public @Nullable Principal principal() {
		return this.request.getPrincipal();
	}

	@Override
	public @Nullable InetSocketAddress remoteAddress() {
		return this.request.getRemoteAddress();
	}

	@Override
	public List<String> requestedSubProtocols() {
		return HandshakeHeaders.subProtocols(this.request.getHeaders());
	}

	@Override
	public void addResponseHeader(String name, String value) {
		this.responseHeaders.add(name, value);
	}

	HttpHeaders responseHeaders() {
		return this.responseHeaders;
	}

	private HttpServletRequest servletRequest() {
		return this.request.getServletRequest();
	}

}
