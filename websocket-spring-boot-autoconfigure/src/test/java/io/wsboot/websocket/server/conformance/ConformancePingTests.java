package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pings and pongs (Autobahn 2.x): a ping is answered with its payload, also between fragments, a
 * pong nobody asked for is ignored, and a control frame over 125 bytes fails the connection.
 */
@ConformanceTest
class ConformancePingTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 0, 1, 125 })
	void pingIsAnsweredWithAPongOfTheSamePayload(int length) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			byte[] payload = new byte[length];
			Arrays.fill(payload, (byte) 0xFE);
			client.send(Frame.of(true, Frame.PING, payload));
			Expect.pong(client, payload);
		}
	}

	@Test
	void pingOf126BytesClosesWith1002() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(true, Frame.PING, new byte[126]));
			Expect.close(client, 1002);
		}
	}

	@Test
	void pongOf126BytesClosesWith1002() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(true, Frame.PONG, new byte[126]));
			Expect.close(client, 1002);
		}
	}

	@Test
	void unsolicitedPongIsIgnored() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(true, Frame.PONG, bytes("unsolicited")), Frame.text("after the pong"));
			Expect.echo(client, Frame.TEXT, bytes("after the pong"));
		}
	}

	@Test
	void pingsInARowAreAllAnsweredInOrder() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			for (int i = 0; i < 10; i++) {
				client.send(Frame.of(true, Frame.PING, bytes("ping " + i)));
			}
			for (int i = 0; i < 10; i++) {
				Expect.pong(client, bytes("ping " + i));
			}
		}
	}

	@Test
	void pingBetweenFragmentsIsAnsweredBeforeTheMessage() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, Frame.TEXT, bytes("frag")), Frame.of(true, Frame.PING, bytes("between")),
					Frame.of(true, Frame.CONTINUATION, bytes("ment")));
			Expect.pong(client, bytes("between"));
			Expect.echo(client, Frame.TEXT, bytes("fragment"));
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
