package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.wsboot.websocket.server.e2e.Container;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Framing (Autobahn 1.x, 3.x and 4.x): payload lengths at each length encoding's edges are echoed
 * whole, and reserved bits and reserved opcodes fail the connection with 1002.
 */
@ConformanceTest
class ConformanceFramingTests {

	private static final int[] LENGTHS = Stream.of(0, 1, 125, 126, 127, 65535, 65536)
		.flatMapToInt((length) -> IntStream.of(length - 1, length, length + 1))
		.filter((length) -> length >= 0)
		.distinct()
		.toArray();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "opcode {0}")
	@ValueSource(ints = { Frame.TEXT, Frame.BINARY })
	void payloadsAtEveryLengthEncodingEdgeAreEchoed(int opcode) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			for (int length : LENGTHS) {
				byte[] payload = new byte[length];
				Arrays.fill(payload, (byte) '*');
				client.send(Frame.of(true, opcode, payload));
				Expect.echo(client, opcode, payload);
			}
		}
	}

	// RFC 6455 §5.2 says the minimal length encoding MUST be used but not what a receiver does with
	// a longer one: Netty fails the connection, Tomcat and Jetty read the frame
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "SIXTEEN_BITS", "SIXTY_FOUR_BITS" })
	void longerLengthEncodingThanNeededIsEchoedExceptOnReactorNettyWhichClosesWith1002(Frame.Length encoding) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			byte[] payload = "short".getBytes(StandardCharsets.UTF_8);
			client.send(Frame.of(true, Frame.TEXT, payload).withLength(encoding));
			if (Container.current() == Container.REACTOR_NETTY) {
				Expect.close(client, 1002);
			}
			else {
				Expect.echo(client, Frame.TEXT, payload);
			}
		}
	}

	@ParameterizedTest(name = "rsv {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7 })
	void reservedBitsOnATextFrameWithoutExtensionCloseWith1002(int rsv) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.text("before"), Frame.text("reserved").withRsv(rsv), Frame.text("after"));
			Expect.echo(client, Frame.TEXT, "before".getBytes(StandardCharsets.UTF_8));
			Expect.close(client, 1002);
		}
	}

	@Test
	void reservedBitOnABinaryFrameClosesWith1002() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(true, Frame.BINARY, new byte[] { 1, 2, 3 }).withRsv(Frame.RSV2));
			Expect.close(client, 1002);
		}
	}

	@Test
	void reservedBitOnAPingClosesWith1002() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(true, Frame.PING, new byte[] { 1 }).withRsv(Frame.RSV3));
			Expect.close(client, 1002);
		}
	}

	@ParameterizedTest(name = "opcode {0}")
	@ValueSource(ints = { 3, 4, 5, 6, 7, 11, 12, 13, 14, 15 })
	void reservedOpcodesCloseWith1002(int opcode) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.text("before"), Frame.of(true, opcode, new byte[] { 1, 2 }), Frame.text("after"));
			Expect.echo(client, Frame.TEXT, "before".getBytes(StandardCharsets.UTF_8));
			Expect.close(client, 1002);
		}
	}

}
