package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fragmentation (Autobahn 5.x): fragments are echoed as one message, control frames may come
 * between them, and a continuation without a start, a new message inside a fragmented one or a
 * fragmented control frame fail the connection with 1002.
 */
@ConformanceTest
class ConformanceFragmentationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "opcode {0}")
	@ValueSource(ints = { Frame.TEXT, Frame.BINARY })
	void fragmentsAreEchoedAsOneMessage(int opcode) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, opcode, bytes("one ")), Frame.of(false, Frame.CONTINUATION, bytes("two ")),
					Frame.of(true, Frame.CONTINUATION, bytes("three")));
			Expect.echo(client, opcode, bytes("one two three"));
		}
	}

	@Test
	void emptyFragmentsAreEchoedAsOneMessage() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, Frame.TEXT, new byte[0]), Frame.of(false, Frame.CONTINUATION, bytes("middle")),
					Frame.of(true, Frame.CONTINUATION, new byte[0]));
			Expect.echo(client, Frame.TEXT, bytes("middle"));
		}
	}

	@Test
	void oneByteFragmentsAreEchoedAsOneMessage() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			byte[] message = bytes("x".repeat(200));
			client.sendMessage(Frame.TEXT, message, message.length, false);
			Expect.echo(client, Frame.TEXT, message);
		}
	}

	@Test
	void pingsAndPongsBetweenEveryFragmentAreHandled() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, Frame.TEXT, bytes("a")), Frame.of(true, Frame.PONG, bytes("p")),
					Frame.of(false, Frame.CONTINUATION, bytes("b")), Frame.of(true, Frame.PING, bytes("1")),
					Frame.of(false, Frame.CONTINUATION, bytes("c")), Frame.of(true, Frame.PING, bytes("2")),
					Frame.of(true, Frame.CONTINUATION, bytes("d")));
			Expect.pong(client, bytes("1"));
			Expect.pong(client, bytes("2"));
			Expect.echo(client, Frame.TEXT, bytes("abcd"));
		}
	}

	@ParameterizedTest(name = "fin {0}")
	@ValueSource(booleans = { true, false })
	void continuationWithoutAStartClosesWith1002(boolean fin) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(fin, Frame.CONTINUATION, bytes("orphan")));
			Expect.close(client, 1002);
		}
	}

	@ParameterizedTest(name = "opcode {0}")
	@ValueSource(ints = { Frame.TEXT, Frame.BINARY })
	void newMessageInsideAFragmentedOneClosesWith1002(int opcode) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, Frame.TEXT, bytes("started ")), Frame.of(true, opcode, bytes("again")));
			Expect.close(client, 1002);
		}
	}

	@ParameterizedTest(name = "opcode {0}")
	@ValueSource(ints = { Frame.PING, Frame.PONG })
	void fragmentedControlFrameClosesWith1002(int opcode) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, opcode, bytes("frag")), Frame.of(true, Frame.CONTINUATION, bytes("ment")));
			Expect.close(client, 1002);
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
