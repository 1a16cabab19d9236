package io.wsboot.bench.clients;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.client.DefaultWsClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * wsboot's blocking {@code WsClient}, with the defaults of the auto-configured bean.
 */
final class WsClientEcho implements EchoClient {

	private final DefaultWsClient client;

	private final WsConnection connection;

	WsClientEcho(String url) {
		this.client = new DefaultWsClient(ConnectOptions.builder().compressionEnabled(false).build(),
				new PayloadBinder(new JsonMapper()));
		this.connection = this.client.connect(url);
	}

	@Override
	public void send(String text) {
		this.connection.writeTextMessage(text);
	}

	@Override
	public String next() {
		return this.connection.readTextMessage();
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.close();
	}

}
