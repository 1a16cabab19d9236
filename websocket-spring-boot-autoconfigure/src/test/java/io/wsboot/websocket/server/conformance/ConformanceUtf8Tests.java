package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import io.wsboot.websocket.server.e2e.Container;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UTF-8 in text messages (Autobahn 6.x): valid text is echoed whole however it is fragmented, and
 * invalid text fails the connection with 1007, which the service is told of.
 */
@ConformanceTest
class ConformanceUtf8Tests {

	private static final String MULTI_BYTE = "κόσμε € 𝄞 ü 中文 \uD83D\uDE00";

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents events;

	private final String tag = UUID.randomUUID().toString();

	@Test
	void validMultiByteTextIsEchoed() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.text(MULTI_BYTE));
			Expect.echo(client, Frame.TEXT, MULTI_BYTE.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void validTextSplitAtEveryByteIsEchoedWhole() {
		byte[] text = MULTI_BYTE.getBytes(StandardCharsets.UTF_8);
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.sendMessage(Frame.TEXT, text, text.length, false);
			Expect.echo(client, Frame.TEXT, text);
		}
	}

	@Test
	void characterSplitAcrossTwoFragmentsIsEchoedWhole() {
		byte[] clef = "𝄞".getBytes(StandardCharsets.UTF_8);
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, Frame.TEXT, new byte[] { 'a', clef[0] }),
					Frame.of(true, Frame.CONTINUATION, new byte[] { clef[1], clef[2], clef[3], 'b' }));
			Expect.echo(client, Frame.TEXT, "a𝄞b".getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Invalid sequences, in hex, each inside otherwise valid text. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "c0af", "e080af", "f08080af", "eda080", "edbfbf", "f4908080", "f7bfbfbf", "80", "bf",
			"fe", "ff", "c1bf", "e282", "cebae1bdb9cf83ceb5eda080656469746564" })
	void invalidSequenceClosesWith1007(String hex) throws InterruptedException {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/recorded?tag=" + this.tag)) {
			client.send(Frame.of(true, Frame.TEXT, withText(HexFormat.of().parseHex(hex))));
			Expect.close(client, 1007);
			assertThat(this.events.next(this.tag)).startsWith(serviceSees1007());
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "e282", "f09d84", "c3" })
	void textTruncatedInsideItsLastCharacterClosesWith1007(String hex) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			byte[] tail = HexFormat.of().parseHex(hex);
			byte[] message = new byte[tail.length + 5];
			System.arraycopy("hello".getBytes(StandardCharsets.UTF_8), 0, message, 0, 5);
			System.arraycopy(tail, 0, message, 5, tail.length);
			client.send(Frame.of(true, Frame.TEXT, message));
			Expect.close(client, 1007);
		}
	}

	@Test
	void invalidSequenceInTheFirstFragmentClosesWith1007() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, Frame.TEXT, withText(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })),
					Frame.of(false, Frame.CONTINUATION, "valid".getBytes(StandardCharsets.UTF_8)),
					Frame.of(true, Frame.CONTINUATION, "valid".getBytes(StandardCharsets.UTF_8)));
			Expect.close(client, 1007);
		}
	}

	@Test
	void invalidSequenceInTheLastFragmentClosesWith1007() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, Frame.TEXT, "valid".getBytes(StandardCharsets.UTF_8)),
					Frame.of(false, Frame.CONTINUATION, "valid".getBytes(StandardCharsets.UTF_8)),
					Frame.of(true, Frame.CONTINUATION, withText(new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80,
							(byte) 0x80 })));
			Expect.close(client, 1007);
		}
	}

	@Test
	void characterTruncatedAtTheEndOfAFragmentedMessageClosesWith1007() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			client.send(Frame.of(false, Frame.TEXT, "valid".getBytes(StandardCharsets.UTF_8)),
					Frame.of(true, Frame.CONTINUATION, new byte[] { 'x', (byte) 0xE2, (byte) 0x82 }));
			Expect.close(client, 1007);
		}
	}

	// Tomcat passes the close it sent to onClose, the others report the broken frame to onError
	private static String serviceSees1007() {
		return (Container.current() == Container.TOMCAT) ? "close:1007:" : "error:CorruptedFrameException: ";
	}

	private static byte[] withText(byte[] invalid) {
		byte[] message = new byte[invalid.length + 8];
		System.arraycopy("abc".getBytes(StandardCharsets.UTF_8), 0, message, 0, 3);
		System.arraycopy(invalid, 0, message, 3, invalid.length);
		System.arraycopy("defgh".getBytes(StandardCharsets.UTF_8), 0, message, 3 + invalid.length, 5);
		return message;
	}

}
