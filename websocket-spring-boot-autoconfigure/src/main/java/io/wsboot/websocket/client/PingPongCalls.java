package io.wsboot.websocket.client;

import io.wsboot.websocket.PingPongService;
import io.wsboot.websocket.WsConnection;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Answers the pings of one client connection and passes pings and pongs to its
 * {@link PingPongService}, on Jetty's threads: a service that throws is logged, and a ping is then
 * answered with its own payload.
 */
final class PingPongCalls {

	private static final Log logger = LogFactory.getLog(PingPongCalls.class);

	private final WsConnection connection;

	private final String id;

	private final @Nullable PingPongService service;

	PingPongCalls(WsConnection connection, String id, @Nullable PingPongService service) {
		this.connection = connection;
		this.id = id;
		this.service = service;
	}

	/** Answers a ping with the pong the service chooses, by default the same payload. */
	void pinged(JettyLink from, byte[] data) {
		byte[] pong = data;
		if (this.service != null) {
			try {
				pong = this.service.onPing(this.connection, data);
			}
			catch (RuntimeException ex) {
				logger.error("PingPongService.onPing failed on connection " + this.id
						+ "; answering with the ping's payload", ex);
			}
		}
		try {
			if (pong != null) {
				from.pongLater(pong);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Could not answer a ping on connection " + this.id, ex);
		}
	}

	/** Tells the service of a pong. */
	void ponged(byte[] data) {
		if (this.service != null) {
			try {
				this.service.onPong(this.connection, data);
			}
			catch (RuntimeException ex) {
				logger.error("PingPongService.onPong failed on connection " + this.id, ex);
			}
		}
	}

}
