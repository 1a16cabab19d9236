package io.wsboot.websocket.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code websocket.*} properties.
 */
@ConfigurationProperties("websocket")
public class WebSocketProperties {

	private final Server server = new Server();

	public Server getServer() {
		return this.server;
	}

	/**
	 * The {@code websocket.server.*} properties, defaults for every {@code @WebSocketService}.
	 */
	public static class Server {

		/**
		 * How long a close waits for the peer's close frame before the connection is dropped.
		 */
		private Duration connectionClosureTimeout = Duration.ofSeconds(60);

		/**
		 * Origins browsers may connect from, as values or patterns such as 'https://*.example.com'; '*'
		 * allows all. Empty allows the same origin only; requests without an Origin header are always
		 * allowed.
		 */
		private List<String> allowedOrigins = new ArrayList<>();

		public Duration getConnectionClosureTimeout() {
			return this.connectionClosureTimeout;
		}

		public void setConnectionClosureTimeout(Duration connectionClosureTimeout) {
			this.connectionClosureTimeout = connectionClosureTimeout;
		}

		public List<String> getAllowedOrigins() {
			return this.allowedOrigins;
		}

		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

	}

}
