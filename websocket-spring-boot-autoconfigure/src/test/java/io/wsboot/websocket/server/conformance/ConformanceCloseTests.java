package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Set;
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
 * The close handshake (Autobahn 7.x): every code a peer may send is echoed and reaches
 * {@code onClose}, a code it may not send or a malformed close payload fails the connection with
 * 1002, and nothing is echoed after a close.
 */
@ConformanceTest
class ConformanceCloseTests {

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents events;

	private final String tag = UUID.randomUUID().toString();

	private RawFrameClient connect() {
		return RawFrameClient.connect(this.port, "/conformance/recorded?tag=" + this.tag);
	}

	// RFC 6455 §7.4: 1004-1006 and 1015 are never sent, 1000-2999 belong to the protocol, 3000-4999
	// to libraries and applications
	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999 })
	void validCodeIsEchoedAndReachesOnClose(int code) throws InterruptedException {
		try (RawFrameClient client = connect()) {
			client.sendClose(code, "bye".getBytes(StandardCharsets.UTF_8));
			Expect.close(client, code);
			assertThat(this.events.next(this.tag)).isEqualTo("close:" + code + ":bye");
		}
	}

	// 1012-1014 were registered with IANA after RFC 6455; Tomcat holds to the RFC's list (as the
	// reference module's Caller.close does) and fails the connection (README, Engines)
	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 1012, 1013, 1014 })
	void codeRegisteredAfterTheRfcIsEchoedExceptOnTomcatWhichClosesWith1002(int code) throws InterruptedException {
		try (RawFrameClient client = connect()) {
			client.sendClose(code, "bye".getBytes(StandardCharsets.UTF_8));
			if (Container.current() == Container.TOMCAT) {
				Expect.close(client, 1002);
			}
			else {
				Expect.close(client, code);
				assertThat(this.events.next(this.tag)).isEqualTo("close:" + code + ":bye");
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535 })
	void invalidCodeClosesWith1002(int code) {
		try (RawFrameClient client = connect()) {
			client.sendClose(code, new byte[0]);
			Expect.close(client, 1002);
		}
	}

	@Test
	void closeWithAOneBytePayloadClosesWith1002() {
		try (RawFrameClient client = connect()) {
			client.send(Frame.of(true, Frame.CLOSE, new byte[] { 0x03 }));
			Expect.close(client, 1002);
		}
	}

	// Tomcat reports a close frame without a status code to onClose as 1000 (README, Engines)
	@Test
	void emptyCloseIsAnsweredAndReachesOnCloseAs1005ExceptOnTomcat() throws InterruptedException {
		try (RawFrameClient client = connect()) {
			client.send(Frame.of(true, Frame.CLOSE, new byte[0]));
			Expect.close(client, Set.of(Received.NO_STATUS, 1000));
			int reported = (Container.current() == Container.TOMCAT) ? 1000 : 1005;
			assertThat(this.events.next(this.tag)).isEqualTo("close:" + reported + ":");
		}
	}

	@Test
	void reasonOf123BytesIsAccepted() throws InterruptedException {
		String reason = "r".repeat(123);
		try (RawFrameClient client = connect()) {
			client.sendClose(1000, reason.getBytes(StandardCharsets.UTF_8));
			Expect.close(client, 1000);
			assertThat(this.events.next(this.tag)).isEqualTo("close:1000:" + reason);
		}
	}

	@Test
	void reasonOf124BytesMakesTheFrameTooLongAndClosesWith1002() {
		try (RawFrameClient client = connect()) {
			client.sendClose(1000, "r".repeat(124).getBytes(StandardCharsets.UTF_8));
			Expect.close(client, 1002);
		}
	}

	// Autobahn 7.5.1 accepts 1002 or 1007 for a reason that is not UTF-8
	@Test
	void invalidUtf8InTheReasonClosesWith1002Or1007() {
		try (RawFrameClient client = connect()) {
			client.sendClose(1000, new byte[] { 'o', 'k', (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
			Expect.close(client, Set.of(1002, 1007));
		}
	}

	@Test
	void messagesAfterTheCloseAreNotEchoed() {
		try (RawFrameClient client = connect()) {
			client.send(Frame.text("before"));
			Expect.echo(client, Frame.TEXT, "before".getBytes(StandardCharsets.UTF_8));
			client.sendClose(1000, new byte[0]);
			client.send(Frame.text("after"));
			Expect.close(client, 1000);
			assertThat(client.next()).isInstanceOf(Received.Eof.class);
		}
	}

}
