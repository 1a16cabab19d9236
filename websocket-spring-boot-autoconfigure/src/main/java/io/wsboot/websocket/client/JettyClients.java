package io.wsboot.websocket.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wsboot.websocket.TlsOptions;
import io.wsboot.websocket.WebSocketException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Jetty WebSocket clients, one per TLS setting (Jetty keeps TLS on the client, not the request),
 * started on first use with daemon threads, customized by the {@link WsClientCustomizer}s, and
 * stopped together. Thread safe.
 */
final class JettyClients implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(JettyClients.class);

	private final Map<TlsOptions, WebSocketClient> clients = new ConcurrentHashMap<>();

	private final List<WsClientCustomizer> customizers;

	private volatile boolean closed;

	JettyClients() {
		this(List.of());
	}

	/**
	 * Create clients to which customizers are applied before they start.
	 * @param customizers applied in this order, after wsboot's own settings
	 */
	JettyClients(List<WsClientCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * The started client for a TLS setting.
	 * @param tls the setting
	 * @return the client
	 * @throws io.wsboot.websocket.SslException when the certificates or keys cannot be loaded
	 */
	WebSocketClient forTls(TlsOptions tls) {
		if (this.closed) {
			throw new WebSocketException("The WsClient is closed");
		}
		return this.clients.computeIfAbsent(tls, this::start);
	}

	private WebSocketClient start(TlsOptions tls) {
		HttpClient http = new HttpClient();
		http.setSslContextFactory(ClientTls.contextFactory(tls));
		QueuedThreadPool threads = new QueuedThreadPool();
		threads.setName("wsboot-client");
		threads.setDaemon(true);
		http.setExecutor(threads);
		http.setScheduler(new ScheduledExecutorScheduler("wsboot-client-scheduler", true));
		this.customizers.forEach((customizer) -> customizer.customize(http));
		WebSocketClient client = new WebSocketClient(http);
		client.setIdleTimeout(Duration.ZERO);
		client.setStopAtShutdown(false);
		try {
			http.start();
			client.start();
		}
		catch (Exception ex) {
			throw new WebSocketException("Could not start the WebSocket client: " + ex.getMessage(), ex);
		}
		return client;
	}

	@Override
	public void close() {
		this.closed = true;
		this.clients.values().forEach((client) -> {
			try {
				client.stop();
				client.getHttpClient().stop();
			}
			catch (Exception ex) {
				logger.warn("Could not stop a WebSocket client", ex);
			}
		});
		this.clients.clear();
	}

}
