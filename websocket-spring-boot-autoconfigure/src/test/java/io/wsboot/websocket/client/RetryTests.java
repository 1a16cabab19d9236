package io.wsboot.websocket.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectOptionsBuilder;
import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.InvalidHandshakeException;
import io.wsboot.websocket.RetryOptions;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Reconnection: a connect that waits for the server to come up, a connection that survives a crash
 * of its server, a write that failed in the crash and is sent again, retries that run out or are
 * stopped by a close, and the end of a connection without retry. Each test has its own server, stopped and started again on the
 * same port, and counts the pauses between attempts.
 */
@Timeout(60)
class RetryTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final CountingPause pause = new CountingPause();

	private final ExecutorService background = Executors.newCachedThreadPool();

	private JettyTestServer server;

	private DefaultWsClient client;

	@BeforeEach
	void start() throws Exception {
		this.server = JettyTestServer.start();
		this.client = new DefaultWsClient(ConnectOptions.builder().build(),
				new Binding(new PayloadBinder(new JsonMapper())), new JettyClients(), this.pause);
	}

	@AfterEach
	void stop() throws Exception {
		this.background.shutdownNow();
		try {
			this.client.close();
		}
		finally {
			this.server.close();
		}
	}

	private ConnectOptionsBuilder retrying(int maxCount) {
		return this.client.options().retry(new RetryOptions(maxCount, Duration.ofMillis(50), 1.0, Duration.ofMillis(50)));
	}

	private static void assertEchoes(WsConnection connection, String text) {
		connection.writeTextMessage(text);
		assertThat(connection.readTextMessage()).isEqualTo(text);
	}

	@Test
	void aConnectWhileTheServerIsDownRetriesUntilTheServerIsUp() throws Exception {
		int port = this.server.port();
		this.server.stop();
		Future<WsConnection> connecting = this.background
			.submit(() -> this.client.connect(this.server.url("/echo"), retrying(0).build()));
		// The second pause comes after the first retry failed too.
		this.pause.awaitAtLeast(2);
		assertThat(connecting).isNotDone();
		this.server.start(port);
		try (WsConnection connection = connecting.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			assertThat(connection.isOpen()).isTrue();
			assertEchoes(connection, "finally");
		}
	}

	@Test
	void aConnectionWhoseServerCrashesReconnectsWhenTheServerIsBackAndAWaitingReadGoesOn() throws Exception {
		int port = this.server.port();
		try (WsConnection connection = this.client.connect(this.server.url("/echo"), retrying(0).build())) {
			assertEchoes(connection, "before");
			Future<String> waitingReader = this.background.submit(connection::readTextMessage);
			this.server.crash();
			this.pause.awaitAtLeast(2);
			assertThat(connection.isOpen()).isFalse();
			assertThat(waitingReader).isNotDone();
			this.server.start(port);
			connection.writeTextMessage("after");
			assertThat(waitingReader.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("after");
			assertThat(connection.isOpen()).isTrue();
			assertEchoes(connection, "again");
		}
	}

	@Test
	void closingWhileReconnectingStopsTheRetries() throws Exception {
		WsConnection connection = this.client.connect(this.server.url("/echo"), retrying(0).build());
		assertEchoes(connection, "before");
		this.server.crash();
		this.pause.awaitAtLeast(1);
		connection.close();
		int pausesAtClose = this.pause.count();
		// A retry under way when the close came may still begin its pause; none follows.
		await().atMost(TIMEOUT)
			.during(Duration.ofMillis(500))
			.until(() -> this.pause.count() <= pausesAtClose + 1);
		assertThat(connection.isOpen()).isFalse();
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> connection.writeTextMessage("lost"))
			.withMessage("Close frame already sent. Cannot push text data!");
	}

	@Test
	void aWriteThatFailsInTheCrashIsSentOnceMoreOnTheNewConnection() throws Exception {
		int port = this.server.port();
		this.server.stallEchoes(true);
		ConnectOptions options = retrying(0).compressionEnabled(false)
			.maxFrameSize(16 * 1024 * 1024)
			.maxMessageSize(16 * 1024 * 1024)
			.build();
		try (WsConnection connection = this.client.connect(this.server.url("/echo"), options)) {
			this.server.awaitEvent("stalled-open");
			// More than the socket buffers hold while the server does not read: the write blocks.
			byte[] data = new byte[12 * 1024 * 1024];
			new Random(42).nextBytes(data);
			CompletableFuture<Void> writing = new CompletableFuture<>();
			Thread writer = new Thread(() -> {
				try {
					connection.writeBinaryMessage(data);
					writing.complete(null);
				}
				catch (Throwable ex) {
					writing.completeExceptionally(ex);
				}
			}, "blocked-writer");
			writer.setDaemon(true);
			writer.start();
			await().atMost(TIMEOUT)
				.during(Duration.ofMillis(300))
				.until(() -> !writing.isDone() && isBlockedOnTheLink(writer));
			this.server.stallEchoes(false);
			this.server.crash();
			this.pause.awaitAtLeast(1);
			this.server.start(port);
			writing.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			byte[] echoed = connection.readBinaryMessage();
			assertThat(echoed).hasSize(data.length);
			assertThat(Arrays.mismatch(echoed, data)).as("first difference").isEqualTo(-1);
			// Sent once more, not twice: the next message is the marker.
			assertEchoes(connection, "marker");
		}
	}

	@Test
	void whenTheRetriesRunOutReadsAndWritesFailWithConnectionException() throws Exception {
		String url = this.server.url("/echo");
		WsConnection connection = this.client.connect(url, retrying(2).build());
		assertEchoes(connection, "before");
		this.server.crash();
		String exhausted = "IO Error: could not reconnect to " + url + " in 2 attempts; last failure: IO Error: " + url
				+ ": Connection refused";
		assertThatThrownBy(connection::readTextMessage).isExactlyInstanceOf(ConnectionException.class)
			.hasMessage(exhausted);
		assertThatThrownBy(() -> connection.writeTextMessage("lost")).isExactlyInstanceOf(ConnectionException.class)
			.hasMessage(exhausted);
		assertThat(connection.isOpen()).isFalse();
		assertThat(this.pause.count()).isEqualTo(2);
	}

	@Test
	void aConnectWhoseRetriesRunOutThrowsConnectionException() throws Exception {
		String url = this.server.url("/echo");
		this.server.stop();
		assertThatThrownBy(() -> this.client.connect(url, retrying(2).build()))
			.isExactlyInstanceOf(ConnectionException.class)
			.hasMessage("IO Error: could not reconnect to " + url + " in 2 attempts; last failure: IO Error: " + url
					+ ": Connection refused");
		assertThat(this.pause.count()).isEqualTo(2);
	}

	@Test
	void aRefusedHandshakeIsNotRetried() {
		assertThatExceptionOfType(InvalidHandshakeException.class)
			.isThrownBy(() -> this.client.connect(this.server.url("/forbidden"), retrying(0).build()))
			.withMessage("Invalid handshake response getStatus: 403 Forbidden");
		assertThat(this.pause.count()).isZero();
	}

	@Test
	void withoutRetryAConnectToAServerThatIsDownFailsAtOnce() throws Exception {
		String url = this.server.url("/echo");
		this.server.stop();
		assertThatThrownBy(() -> this.client.connect(url)).isExactlyInstanceOf(ConnectionException.class)
			.hasMessage("IO Error: " + url + ": Connection refused");
		assertThat(this.pause.count()).isZero();
	}

	@Test
	void withoutRetryACrashEndsReadsWithConnectionClosureException() throws Exception {
		WsConnection connection = this.client.connect(this.server.url("/echo"));
		assertEchoes(connection, "before");
		this.server.crash();
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(connection::readTextMessage)
			.withMessage("Session Closed: Status code: 1006");
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> connection.writeTextMessage("lost"))
			.withMessage("Connection already closed");
		assertThat(connection.isOpen()).isFalse();
		assertThat(this.pause.count()).isZero();
	}

	private static boolean isBlockedOnTheLink(Thread writer) {
		return writer.getState() == Thread.State.WAITING && Arrays.stream(writer.getStackTrace())
			.anyMatch((frame) -> frame.getClassName().equals(JettyLink.class.getName()));
	}

	/** Counts the pauses between attempts; each lasts the (short) delay it is given. */
	private static final class CountingPause implements Reconnector.Pause {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public void pause(Duration delay) throws InterruptedException {
			this.count.incrementAndGet();
			Reconnector.Pause.SLEEP.pause(delay);
		}

		int count() {
			return this.count.get();
		}

		void awaitAtLeast(int pauses) {
			await().atMost(TIMEOUT).until(() -> this.count.get() >= pauses);
		}

	}

}
