package io.wsboot.websocket.server.e2e;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Frames that break RFC 6455 close the connection with 1002, or with 1007 for text that is not
 * UTF-8, and reach {@code onError}; no part of them is delivered. Jetty answers a close reason
 * that is not UTF-8 with 1007 (RFC 6455 §8.1 allows it), the others with 1002.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ProtocolViolationTests {

	private static final String DEFLATE = "Sec-WebSocket-Extensions: permessage-deflate\r\n";

	private static final int FIN = 0x80;

	private static final int RSV1 = 0x40;

	private static final int RSV2 = 0x20;

	private static final int RSV3 = 0x10;

	private static final byte[] INVALID_UTF8 = { 'a', (byte) 0xC3, 0x28 };

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents log;

	private final String tag = UUID.randomUUID().toString();

	static Stream<Arguments> violations() {
		List<Arguments> cases = new ArrayList<>();
		cases.add(violation("invalid UTF-8", "", 1007, frame(FIN | 1, INVALID_UTF8)));
		cases.add(violation("invalid UTF-8 split over fragments", "", 1007, frame(1, bytes('a', 0xE2, 0x82)),
				frame(FIN, bytes(0x28))));
		cases.add(violation("invalid UTF-8 once inflated", DEFLATE, 1007, frame(FIN | RSV1 | 1, deflated(INVALID_UTF8))));
		cases.add(violation("RSV1 without deflate", "", 1002, frame(FIN | RSV1 | 1, bytes('a'))));
		cases.add(violation("RSV2", "", 1002, frame(FIN | RSV2 | 1, bytes('a'))));
		cases.add(violation("RSV3", "", 1002, frame(FIN | RSV3 | 2, bytes(1))));
		cases.add(violation("RSV2 with deflate", DEFLATE, 1002, frame(FIN | RSV2 | 1, bytes('a'))));
		cases.add(violation("RSV1 on a continuation", DEFLATE, 1002, frame(RSV1 | 1, deflated(bytes('a'))),
				frame(FIN | RSV1, deflated(bytes('b')))));
		cases.add(violation("RSV1 on a ping", DEFLATE, 1002, frame(FIN | RSV1 | 9, bytes('a'))));
		for (int code : new int[] { 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000 }) {
			cases.add(violation("close code " + code, "", 1002, frame(FIN | 8, bytes(code >> 8, code & 0xFF))));
		}
		cases.add(violation("close payload of one byte", "", 1002, frame(FIN | 8, bytes(3))));
		cases.add(violation("close reason not UTF-8", "", (Container.current() == Container.JETTY) ? 1007 : 1002,
				frame(FIN | 8, bytes(0x03, 0xE8, 'a', 0xC3, 0x28))));
		IntStream.of(3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF)
			.forEach((opcode) -> cases.add(violation("opcode " + opcode, "", 1002, frame(FIN | opcode, bytes('a')))));
		cases.add(violation("ping of 126 bytes", "", 1002, frame(FIN | 9, new byte[126])));
		cases.add(violation("fragmented ping", "", 1002, frame(9, bytes('a'))));
		cases.add(violation("continuation without a message", "", 1002, frame(FIN, bytes('a'))));
		cases.add(violation("new message inside a fragmented one", "", 1002, frame(1, bytes('a')),
				frame(FIN | 1, bytes('b'))));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("violations")
	void violationClosesWithItsCodeAndReachesOnError(String name, String headers, int code, List<byte[]> frames)
			throws Exception {
		try (RawWebSocket client = RawWebSocket.connect(this.port, "/ws/lifecycle?tag=" + this.tag, headers)) {
			assertThat(client.head().contains("permessage-deflate")).as("deflate agreed").isEqualTo(!headers.isEmpty());
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			for (byte[] frame : frames) {
				client.sendFrame(frame[0] & 0xFF, Arrays.copyOfRange(frame, 1, frame.length));
			}
			assertThat(client.readCloseCode()).as("close code").isEqualTo(code);
			if (Container.current() == Container.TOMCAT) {
				// Tomcat reports these closes to onClose, not onError, through the servlet adapter
				assertThat(this.log.next(this.tag)).doesNotStartWith("text:").doesNotStartWith("binary:");
				return;
			}
			assertThat(this.log.next(this.tag)).startsWith("error:CorruptedFrameException:");
			assertThat(this.log.queue(this.tag)).as("nothing delivered").isEmpty();
		}
	}

	/**
	 * Only Reactor Netty agrees to x-webkit-deflate-frame, which sets RSV1 on every compressed
	 * frame; Tomcat and Jetty decline it, and the frames are then refused like any RSV1 without an
	 * extension.
	 */
	@Test
	void deflateFrameMayCompressContinuations() throws Exception {
		String offer = "Sec-WebSocket-Extensions: x-webkit-deflate-frame\r\n";
		try (RawWebSocket client = RawWebSocket.connect(this.port, "/ws/lifecycle?tag=" + this.tag, offer)) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			if (Container.current() != Container.REACTOR_NETTY) {
				assertThat(client.head()).doesNotContain("x-webkit-deflate-frame");
				client.sendFrame(FIN | RSV1, deflated(bytes('b')));
				assertThat(client.readCloseCode()).isEqualTo(1002);
				return;
			}
			assertThat(client.head()).contains("x-webkit-deflate-frame");
			client.sendFrame(RSV1 | 1, deflated(bytes('a')));
			client.sendFrame(FIN | RSV1, deflated(bytes('b')));
			assertThat(this.log.next(this.tag)).isEqualTo("text:ab");
		}
	}

	private static Arguments violation(String name, String headers, int code, byte[]... frames) {
		return Arguments.of(name, headers, code, List.of(frames));
	}

	/** A frame to send: its first byte, then its payload. */
	private static byte[] frame(int head, byte[] payload) {
		byte[] frame = new byte[payload.length + 1];
		frame[0] = (byte) head;
		System.arraycopy(payload, 0, frame, 1, payload.length);
		return frame;
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	/** The payload as permessage-deflate sends it: raw deflate, sync-flushed, without the trailing 00 00 FF FF. */
	private static byte[] deflated(byte[] data) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		deflater.setInput(data);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[256];
		int length;
		while ((length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
			out.write(buffer, 0, length);
		}
		deflater.end();
		byte[] flushed = out.toByteArray();
		return Arrays.copyOf(flushed, flushed.length - 4);
	}

}
