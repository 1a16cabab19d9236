package io.wsboot.websocket.server.reactive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.server.WebSocketEndpoint;
import reactor.core.scheduler.Scheduler;

import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

/**
 * Maps each endpoint's path to its {@link ReactiveEndpointHandler} in a WebFlux application.
 */
public final class ReactiveEndpointMapping {

	private ReactiveEndpointMapping() {
	}

	/**
	 * Creates the handler mapping of a set of endpoints.
	 * @param endpoints the endpoints
	 * @param allowedOriginPatterns origins browsers may connect from; empty for the same origin only
	 * @param compressionEnabled whether permessage-deflate is agreed with clients that offer it
	 * @param workers where service methods run, off the event loop
	 * @return the mapping
	 */
	public static SimpleUrlHandlerMapping create(List<WebSocketEndpoint> endpoints,
			List<String> allowedOriginPatterns, boolean compressionEnabled, Scheduler workers) {
		OriginPolicy origins = new OriginPolicy(allowedOriginPatterns);
		Map<String, Object> urlMap = new LinkedHashMap<>();
		for (WebSocketEndpoint endpoint : endpoints) {
			urlMap.put(endpoint.settings().path(), new ReactiveEndpointHandler(endpoint, origins, compressionEnabled, workers));
		}
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(urlMap);
		mapping.setOrder(1);
		return mapping;
	}

}
