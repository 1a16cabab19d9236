package io.wsboot.websocket.server;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The endpoints an application has mapped and the engine that serves them: what the start-up line
 * reports and what the actuator lists.
 *
 * @param engine the engine's name, such as {@code "Tomcat"}, {@code "Jetty"} or {@code "Reactor Netty"}
 * @param compressionEnabled whether permessage-deflate is agreed with clients that offer it
 * @param endpoints the endpoints, in the order they were mapped
 */
public record MappedEndpoints(String engine, boolean compressionEnabled, List<WebSocketEndpoint> endpoints) {

	public MappedEndpoints {
		endpoints = List.copyOf(endpoints);
	}

	/**
	 * The engine's short name in lower case, words joined by hyphens: {@code tomcat}, {@code jetty},
	 * {@code reactor-netty}.
	 * @return the engine's id
	 */
	public String engineId() {
		return this.engine.toLowerCase(Locale.ROOT).replace(' ', '-');
	}

	/**
	 * One line that lists every endpoint with the simple name of its bean's class, such as
	 * {@code wsboot: 2 WebSocket endpoints on Tomcat: /ws/echo (EchoUpgrade), /ws/chat/{room} (ChatUpgrade)}.
	 * @return the line
	 */
	public String summary() {
		int size = this.endpoints.size();
		String count = size + ((size == 1) ? " WebSocket endpoint" : " WebSocket endpoints");
		String list = this.endpoints.stream()
			.map((endpoint) -> endpoint.settings().path() + " (" + endpoint.serviceType().getSimpleName() + ")")
			.collect(Collectors.joining(", "));
		return "wsboot: " + count + " on " + this.engine + (this.endpoints.isEmpty() ? "" : ": " + list);
	}

}
