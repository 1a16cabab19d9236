package io.wsboot.websocket.server.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import io.wsboot.websocket.testing.OkHttpTestClient;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message size limit holds exactly, with and without compression, and no message is ever
 * delivered cut.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "websocket.server.max-message-size=64KB", "websocket.server.max-frame-size=1MB" })
class LimitTests {

	private static final int LIMIT = 65536;

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents log;

	private final String tag = UUID.randomUUID().toString();

	/** Text of exactly {@code bytes} UTF-8 bytes, mostly three-byte characters, compressible. */
	static String text(int bytes, boolean multiByte) {
		if (!multiByte) {
			return "a".repeat(bytes);
		}
		return "€".repeat(bytes / 3) + "a".repeat(bytes % 3);
	}

	static byte[] binary(int bytes) {
		byte[] data = new byte[bytes];
		Arrays.fill(data, (byte) 7);
		return data;
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "okhttp-deflate", "jdk-plain" })
	void messagesUpToTheLimitArriveWhole(String client) throws Exception {
		int[] sizes = { 1, 8191, 8192, 8193, 8194, 16385, LIMIT - 2, LIMIT - 1, LIMIT };
		try (Peer peer = Peer.connect(client, this.port, "/ws/size?tag=" + this.tag)) {
			for (int size : sizes) {
				for (boolean multiByte : new boolean[] { false, true }) {
					String text = text(size, multiByte);
					peer.send(text);
					assertThat(peer.next()).as("text of %d bytes", size)
						.isEqualTo(SizeServices.describe("text", text.getBytes(StandardCharsets.UTF_8)));
				}
				byte[] data = binary(size);
				peer.send(data);
				assertThat(peer.next()).as("binary of %d bytes", size).isEqualTo(SizeServices.describe("binary", data));
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "okhttp-deflate text", "okhttp-deflate multibyte", "okhttp-deflate binary",
			"jdk-plain text", "jdk-plain multibyte", "jdk-plain binary" })
	void messagesOverTheLimitCloseWith1009AndReachOnError(String variant) throws Exception {
		String[] words = variant.split(" ");
		for (int size : new int[] { LIMIT + 1, LIMIT + 2, LIMIT * 4 }) {
			try (Peer peer = Peer.connect(words[0], this.port, "/ws/size?tag=" + this.tag)) {
				sendWhileTheServerMayClose(() -> {
					switch (words[1]) {
						case "binary" -> peer.send(binary(size));
						case "multibyte" -> peer.send(text(size, true));
						default -> peer.send(text(size, false));
					}
				});
				int sent = size;
				JdkClient.Close close = closeOrDrop(peer,
						() -> "size " + sent + ", server saw " + this.log.queue(this.tag));
				if (close != null) {
					assertThat(close.code()).as("close code for %d bytes", size).isEqualTo(1009);
					assertThat(close.reason()).isEqualTo("Max message size of 65536 bytes has been exceeded.");
				}
				assertThat(this.log.next(this.tag))
					.isEqualTo("PayloadTooLargeException: Max message size of 65536 bytes has been exceeded.");
			}
		}
	}

	/**
	 * The close frame the client got, or {@code null} when its write of the rest of a large message
	 * broke because the server had already closed (seen with the JDK client on Jetty).
	 */
	private static JdkClient.Close closeOrDrop(Peer peer, Supplier<String> diagnostics) throws InterruptedException {
		try {
			return peer.awaitClose();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof java.util.concurrent.TimeoutException) {
				throw new AssertionError("no close and no drop within 10 s (" + diagnostics.get() + ")", ex);
			}
			assertThat(ex).hasRootCauseInstanceOf(java.io.IOException.class);
			return null;
		}
	}

	/** The server may close with 1009 before the client has written all of a large message. */
	private static void sendWhileTheServerMayClose(Runnable send) {
		try {
			send.run();
		}
		catch (CompletionException ex) {
			assertThat(ex).hasRootCauseInstanceOf(java.io.IOException.class);
		}
	}

	@Test
	void frameOverMaxFrameSizeClosesWith1009OnReactorNetty() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/small-frames?tag=" + this.tag)) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("x".repeat(1024));
			assertThat(this.log.next(this.tag)).isEqualTo("text:" + "x".repeat(1024));
			sendWhileTheServerMayClose(() -> client.send("x".repeat(1025)));
			if (Container.current() != Container.REACTOR_NETTY) {
				// Tomcat never shows frames to the application, and Jetty splits a frame over its limit
				// (the auto-fragmentation its deflate needs): max-message-size is the limit there
				assertThat(this.log.next(this.tag)).isEqualTo("text:" + "x".repeat(1025));
				return;
			}
			assertThat(client.awaitClose().code()).isEqualTo(1009);
			assertThat(this.log.next(this.tag)).startsWith("error:PayloadTooLargeException:");
			assertThat(this.log.queue(this.tag)).isEmpty();
		}
	}

	@Test
	void messagesLargerThanMaxFrameSizeAreSentInFramesThatNeverSplitACharacter() throws Exception {
		try (RawWebSocket client = RawWebSocket.connect(this.port, "/ws/small-frames?tag=" + this.tag)) {
			client.sendText("repeat 500 a€");
			StringBuilder message = new StringBuilder();
			RawWebSocket.Frame frame = client.readFrame();
			assertThat(frame.opcode()).isEqualTo(1);
			int frames = 1;
			while (true) {
				assertThat(frame.payload().length).isLessThanOrEqualTo(1024);
				String part = new String(frame.payload(), java.nio.charset.StandardCharsets.UTF_8);
				assertThat(part).doesNotContain("\uFFFD");
				message.append(part);
				if (frame.fin()) {
					break;
				}
				frame = client.readFrame();
				assertThat(frame.opcode()).as("continuation").isZero();
				frames++;
			}
			assertThat(message.toString()).isEqualTo("a€".repeat(500));
			assertThat(frames).isEqualTo(2);
		}
	}

	@Test
	void deflateIsAgreedWithAClientThatOffersIt() {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/size?tag=" + this.tag)) {
			assertThat(client.extensions()).startsWith("permessage-deflate");
		}
	}

	/** The two clients behind one face. */
	interface Peer extends AutoCloseable {

		static Peer connect(String client, int port, String path) {
			if (client.equals("okhttp-deflate")) {
				OkHttpTestClient okHttp = OkHttpTestClient.connect(port, path);
				assertThat(okHttp.extensions()).startsWith("permessage-deflate");
				return new Peer() {

					public void send(String text) {
						okHttp.send(text);
					}

					public void send(byte[] data) {
						okHttp.send(data);
					}

					public Object next() throws InterruptedException {
						return okHttp.nextMessage();
					}

					public JdkClient.Close awaitClose() throws InterruptedException {
						OkHttpTestClient.Event.Closing close = okHttp.awaitClose();
						return new JdkClient.Close(close.code(), close.reason());
					}

					public void close() {
						okHttp.close();
					}

				};
			}
			JdkClient jdk = JdkClient.connect(port, path);
			return new Peer() {

				public void send(String text) {
					jdk.send(text);
				}

				public void send(byte[] data) {
					jdk.send(data);
				}

				public Object next() throws InterruptedException {
					return jdk.nextText();
				}

				public JdkClient.Close awaitClose() {
					return jdk.awaitClose();
				}

				public void close() {
					jdk.webSocket().abort();
				}

			};
		}

		void send(String text);

		void send(byte[] data);

		Object next() throws InterruptedException;

		JdkClient.Close awaitClose() throws InterruptedException;

		@Override
		void close();

	}

}
