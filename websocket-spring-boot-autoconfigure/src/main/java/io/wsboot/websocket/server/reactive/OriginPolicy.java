package io.wsboot.websocket.server.reactive;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;

/**
 * Which browser origins may open a connection: the same origin, and the configured origin patterns.
 * A request without an {@code Origin} header does not come from a browser page and is allowed.
 */
final class OriginPolicy {

	private final @Nullable CorsConfiguration allowed;

	OriginPolicy(List<String> allowedOriginPatterns) {
		if (allowedOriginPatterns.isEmpty()) {
			this.allowed = null;
		}
		else {
			this.allowed = new CorsConfiguration();
			this.allowed.setAllowedOriginPatterns(allowedOriginPatterns);
		}
	}

	boolean allows(ServerHttpRequest request) {
		String origin = request.getHeaders().getOrigin();
		if (origin == null || !CorsUtils.isCorsRequest(request)) {
			return true;
		}
		return this.allowed != null && this.allowed.checkOrigin(origin) != null;
	}

}
