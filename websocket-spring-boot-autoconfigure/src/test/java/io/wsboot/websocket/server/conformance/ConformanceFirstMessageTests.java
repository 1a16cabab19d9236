package io.wsboot.websocket.server.conformance;

import io.wsboot.websocket.server.conformance.EchoPeer.Client;
import io.wsboot.websocket.server.conformance.Payloads.Kind;
import io.wsboot.websocket.server.conformance.Payloads.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first message of a connection, sent as soon as the handshake completes, is echoed: many new
 * connections in a row, one message each, so that a message lost while the connection is being set
 * up shows.
 */
@ConformanceTest
class ConformanceFirstMessageTests {

	private static final int CONNECTIONS = 100;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@EnumSource(Client.class)
	void firstMessageOfEachNewConnectionIsEchoed(Client client) throws InterruptedException {
		byte[] message = Payloads.of(Kind.MULTI_BYTE_TEXT, Shape.REPEATED, 124);
		for (int i = 1; i <= CONNECTIONS; i++) {
			try (EchoPeer peer = client.connect(this.port, "/conformance/echo")) {
				peer.send(Frame.TEXT, message);
				Received echo = next(peer, "connection " + i + " of " + CONNECTIONS);
				assertThat(echo).as("echo on connection %d of %d", i, CONNECTIONS).isInstanceOf(Received.Message.class);
				Expect.assertSame("the first message of connection " + i, message, ((Received.Message) echo).payload());
			}
		}
	}

	private static Received next(EchoPeer peer, String connection) throws InterruptedException {
		try {
			return peer.next();
		}
		catch (AssertionError timeout) {
			throw new AssertionError("No echo on " + connection + ": " + timeout.getMessage(), timeout);
		}
	}

}
