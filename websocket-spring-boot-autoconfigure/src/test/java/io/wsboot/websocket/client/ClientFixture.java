package io.wsboot.websocket.client;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.binding.PayloadBinder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client and an independent Jetty server shared by the tests of one class.
 */
final class ClientFixture implements AutoCloseable {

	final JettyTestServer server;

	final DefaultWsClient client;

	private ClientFixture(JettyTestServer server, DefaultWsClient client) {
		this.server = server;
		this.client = client;
	}

	static ClientFixture start() throws Exception {
		return new ClientFixture(JettyTestServer.start(), newClient());
	}

	static DefaultWsClient newClient() {
		return new DefaultWsClient(ConnectOptions.builder().build(), new PayloadBinder(new JsonMapper()));
	}

	@Override
	public void close() throws Exception {
		try {
			this.client.close();
		}
		finally {
			this.server.close();
		}
	}

}
