package io.wsboot.websocket.client;

/**
 * What a {@link JettyLink} reports to its connection, on Jetty's threads. Each call except
 * {@link #closed} must end in exactly one {@link JettyLink#demand()}, now or later.
 */
interface LinkEvents {

	void opened(JettyLink link);

	void received(JettyLink link, Object message);

	void pinged(JettyLink link, byte[] data);

	void ponged(JettyLink link, byte[] data);

	void failed(JettyLink link, io.wsboot.websocket.WebSocketException failure);

	void closed(JettyLink link, int statusCode, String reason);

}
