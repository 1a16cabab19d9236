package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.client.DefaultWsClient;
import org.eclipse.jetty.websocket.client.WebSocketClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the blocking {@link WsClient}, on Jetty 12's WebSocket client, with the
 * options of {@code websocket.client.*}. Works in web and non-web applications alike.
 */
@AutoConfiguration(after = WebSocketBindingAutoConfiguration.class)
@ConditionalOnClass(WebSocketClient.class)
@EnableConfigurationProperties(WebSocketProperties.class)
public final class WebSocketClientAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(WsClient.class)
	DefaultWsClient webSocketClient(WebSocketProperties properties, PayloadBinder binder) {
		return new DefaultWsClient(ClientOptions.from(properties.getClient()), binder);
	}

}
