package io.wsboot.websocket.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WsConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The close handshake from both sides, its validation and texts, and what reads and writes meet
 * afterwards, against an independent Jetty server and a peer that never answers a close.
 */
class ClosingTests extends SharedServerTests {

	private WsConnection connect() {
		return fixture.client.connect(fixture.server.url("/echo"));
	}

	@Test
	void closeSendsNormalClosureAndLaterUseSaysWhy() throws InterruptedException {
		WsConnection connection = connect();
		connection.close();
		assertThat(connection.isOpen()).isFalse();
		assertThat(fixture.server.awaitEvent("closed:1000")).isEqualTo("closed:1000:null");
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(connection::readTextMessage)
			.withMessage("Connection already closed");
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> connection.writeTextMessage("late"))
			.withMessage("Close frame already sent. Cannot push text data!");
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> connection.writeBinaryMessage(new byte[1]))
			.withMessage("Close frame already sent. Cannot push binary data.");
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(() -> connection.close(1000, "again"))
			.withMessage("Close frame already sent. Cannot send close frame again.");
	}

	@Test
	void closeCarriesTheStatusCodeAndReason() throws InterruptedException {
		WsConnection connection = connect();
		connection.close(4001, "done here", Duration.ofSeconds(5));
		assertThat(fixture.server.awaitEvent("closed:4001")).isEqualTo("closed:4001:done here");
	}

	@Test
	void statusCodesThatMayNotBeSentAndNegativeTimeoutsAreRefused() {
		try (WsConnection connection = connect()) {
			for (int code : new int[] { 999, 1004, 1005, 1006, 1012, 2999, 5000 }) {
				assertThatExceptionOfType(ConnectionClosureException.class)
					.isThrownBy(() -> connection.close(code, "no"))
					.withMessage("Failed to execute close. Invalid status code: " + code);
			}
			assertThatExceptionOfType(WebSocketException.class)
				.isThrownBy(() -> connection.close(1000, "no", Duration.ofSeconds(-1)))
				.withMessage("Invalid timeout value: PT-1S");
			assertThat(connection.isOpen()).isTrue();
			connection.writeTextMessage("still open");
			assertThat(connection.readTextMessage()).isEqualTo("still open");
		}
	}

	@Test
	void aCloseFromTheServerIsEchoedWithoutAReaderAndTheNextReadSaysReasonAndCode() throws InterruptedException {
		WsConnection connection = connect();
		connection.writeTextMessage("close:4000:going away");
		assertThat(fixture.server.awaitEvent("closed:4000")).isEqualTo("closed:4000:going away");
		await().atMost(Duration.ofSeconds(5)).until(() -> !connection.isOpen());
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(connection::readTextMessage)
			.withMessage("going away: Status code: 4000");
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(connection::readTextMessage)
			.withMessage("Connection already closed");
	}

	@Test
	void messagesReceivedBeforeTheServerClosedAreStillRead() {
		WsConnection connection = connect();
		connection.writeTextMessage("burst:3");
		connection.writeTextMessage("close:1001:bye");
		assertThat(connection.readTextMessage()).isEqualTo("m0");
		assertThat(connection.readTextMessage()).isEqualTo("m1");
		assertThat(connection.readTextMessage()).isEqualTo("m2");
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(connection::readTextMessage)
			.withMessage("bye: Status code: 1001");
	}

	@Test
	void aReadBlockedInAnotherThreadEndsWhenTheServerCloses() throws Exception {
		WsConnection connection = connect();
		CompletableFuture<Throwable> read = CompletableFuture.supplyAsync(() -> catchThrowable(connection::readTextMessage));
		connection.writeTextMessage("close:4002:server side");
		Throwable thrown = read.get(10, TimeUnit.SECONDS);
		assertThat(thrown).isInstanceOf(ConnectionClosureException.class);
		assertThat(thrown).hasMessage("server side: Status code: 4002");
	}

	@Test
	void aReadBlockedInAnotherThreadEndsWhenThisSideCloses() throws Exception {
		WsConnection connection = connect();
		CompletableFuture<Throwable> read = new CompletableFuture<>();
		Thread reader = new Thread(() -> read.complete(catchThrowable(connection::readTextMessage)));
		reader.start();
		await().atMost(Duration.ofSeconds(5)).until(() -> reader.getState() == Thread.State.WAITING);
		connection.close();
		Throwable thrown = read.get(10, TimeUnit.SECONDS);
		assertThat(thrown).isInstanceOf(ConnectionClosureException.class).hasMessage("Connection closed");
	}

	@Test
	void aCloseThatIsNeverAnsweredTimesOutAndDropsTheConnection() throws Exception {
		try (RawTestServer deaf = RawTestServer.start(RawTestServer.Mode.DEAF)) {
			WsConnection connection = fixture.client.connect(deaf.url("/"));
			assertThatExceptionOfType(ConnectionClosureException.class)
				.isThrownBy(() -> connection.close(1000, "bye", Duration.ofMillis(500)))
				.withMessage("Could not receive a WebSocket close frame from remote endpoint within 0.5 seconds");
			assertThat(connection.isOpen()).isFalse();
		}
	}

}
