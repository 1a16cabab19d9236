package io.wsboot.sample.echo;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;

/**
 * Accepts every handshake on {@code /ws/echo} and gives each connection its own {@link EchoService}.
 */
@WebSocketService(path = "/ws/echo")
public class EchoUpgrade implements UpgradeService {

	@Override
	public EchoService get(HandshakeRequest request) {
		return new EchoService();
	}

}
