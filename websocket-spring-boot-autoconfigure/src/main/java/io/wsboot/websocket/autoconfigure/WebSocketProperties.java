package io.wsboot.websocket.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code websocket.*} properties: {@code websocket.server.*} and {@code websocket.client.*}.
 */
@ConfigurationProperties("websocket")
public class WebSocketProperties {

	@NestedConfigurationProperty
	private final WebSocketServerProperties server = new WebSocketServerProperties();

	@NestedConfigurationProperty
	private final WebSocketClientProperties client = new WebSocketClientProperties();

	public WebSocketServerProperties getServer() {
		return this.server;
	}

	public WebSocketClientProperties getClient() {
		return this.client;
	}

}
