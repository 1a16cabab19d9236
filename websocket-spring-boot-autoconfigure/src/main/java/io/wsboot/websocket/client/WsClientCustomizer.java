package io.wsboot.websocket.client;

import org.eclipse.jetty.client.HttpClient;

/**
 * Customizes the Jetty {@link HttpClient} under the auto-configured {@code WsClient} before it
 * starts: a proxy ({@code getProxyConfiguration()}), an executor, connect timeouts, the
 * {@code User-Agent}. Every bean of this type is applied, in {@code @Order}, to each Jetty client the
 * {@code WsClient} starts (one per TLS setting), after wsboot's own settings.
 */
@FunctionalInterface
public interface WsClientCustomizer {

	/**
	 * Customizes a Jetty client before it starts.
	 * @param httpClient the client, not started yet
	 */
	void customize(HttpClient httpClient);

}
