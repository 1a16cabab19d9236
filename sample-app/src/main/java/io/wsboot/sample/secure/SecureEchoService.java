package io.wsboot.sample.secure;

import io.wsboot.websocket.Authenticated;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;

/**
 * An echo for users holding the {@code write} scope: anonymous handshakes get 401, other users 403,
 * before any connection is made.
 */
@WebSocketService("/ws/secure/echo")
@Authenticated(scopes = "write")
public class SecureEchoService implements Service {

	public String onTextMessage(Caller caller, String text) {
		return text;
	}

}
