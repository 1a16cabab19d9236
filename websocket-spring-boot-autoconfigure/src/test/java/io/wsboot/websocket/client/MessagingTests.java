package io.wsboot.websocket.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.PayloadBindingException;
import io.wsboot.websocket.PayloadTooLargeException;
import io.wsboot.websocket.TypeRef;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.testing.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Reading, writing, binding, fragmentation and flow control, against an independent Jetty server.
 */
class MessagingTests extends SharedServerTests {

	private WsConnection connect(String path) {
		return fixture.client.connect(fixture.server.url(path));
	}

	@Test
	void textAndBinaryMessagesArriveInOrder() {
		try (WsConnection connection = connect("/echo")) {
			connection.writeTextMessage("hello");
			assertThat(connection.readTextMessage()).isEqualTo("hello");
			connection.writeBinaryMessage(new byte[] { 1, 2, 3 });
			assertThat(connection.readBinaryMessage()).containsExactly(1, 2, 3);
			connection.writeTextMessage("burst:100");
			for (int i = 0; i < 100; i++) {
				assertThat(connection.readTextMessage()).isEqualTo("m" + i);
			}
		}
	}

	@Test
	void writeMessageSendsStringsAsTextBytesAsBinaryAndOtherValuesAsJson() {
		try (WsConnection connection = connect("/echo")) {
			connection.writeMessage("plain");
			assertThat(connection.readMessage()).isEqualTo("plain");
			connection.writeMessage(new byte[] { 9 });
			assertThat(connection.readMessage()).isEqualTo(new byte[] { 9 });
			connection.writeMessage(new Order("tea", 2));
			assertThat(connection.readTextMessage()).isEqualTo("{\"item\":\"tea\",\"quantity\":2}");
		}
	}

	@Test
	void readMessageBindsTextAndBinaryJsonToRecordsAndGenericTypes() {
		try (WsConnection connection = connect("/echo")) {
			connection.writeTextMessage("json:{\"item\":\"tea\",\"quantity\":2}");
			assertThat(connection.readMessage(Order.class)).isEqualTo(new Order("tea", 2));
			connection.writeTextMessage("json:[{\"item\":\"a\",\"quantity\":1},{\"item\":\"b\",\"quantity\":2}]");
			assertThat(connection.readMessage(new TypeRef<List<Order>>() {
			})).containsExactly(new Order("a", 1), new Order("b", 2));
			connection.writeTextMessage("json-binary:{\"item\":\"cake\",\"quantity\":3}");
			assertThat(connection.readMessage(Order.class)).isEqualTo(new Order("cake", 3));
			connection.writeTextMessage("json:42");
			assertThat(connection.readMessage(Integer.class)).isEqualTo(42);
		}
	}

	@Test
	void aMessageThatDoesNotBindThrowsDataBindingFailedAndIsConsumed() {
		try (WsConnection connection = connect("/echo")) {
			connection.writeTextMessage("json:not json");
			connection.writeTextMessage("next");
			assertThatExceptionOfType(PayloadBindingException.class)
				.isThrownBy(() -> connection.readMessage(Order.class))
				.withMessageStartingWith("data binding failed: ");
			assertThat(connection.readTextMessage()).isEqualTo("next");
		}
	}

	@Test
	void fragmentedMessagesAreAggregated() {
		try (WsConnection connection = connect("/echo")) {
			connection.writeTextMessage("fragments:3:chunked message é€😀 end");
			assertThat(connection.readTextMessage()).isEqualTo("chunked message é€😀 end");
			connection.writeTextMessage("binfragments:7:50");
			byte[] data = connection.readBinaryMessage();
			assertThat(data).hasSize(50);
			assertThat(data[49]).isEqualTo((byte) 49);
		}
	}

	@Test
	void outgoingMessagesAreFragmentedAtMaxFrameSizeWithoutSplittingACharacter() {
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/frames"),
				fixture.client.options().maxFrameSize(125).compressionEnabled(false).build())) {
			String text = "a" + "€".repeat(41) + "😀" + "b".repeat(200);
			connection.writeTextMessage(text);
			assertThat(connection.readTextMessage()).isEqualTo("text sizes=[124, 125, 79] body=" + text);
			String exact = "c".repeat(125);
			connection.writeTextMessage(exact);
			assertThat(connection.readTextMessage()).isEqualTo("text sizes=[125] body=" + exact);
			connection.writeBinaryMessage(new byte[300]);
			assertThat(connection.readTextMessage()).isEqualTo("binary sizes=[125, 125, 50] length=300");
		}
	}

	@Test
	void anIncomingFrameOverTheLimitThrowsPayloadTooLargeException() throws InterruptedException {
		WsConnection connection = fixture.client.connect(fixture.server.url("/echo"),
				fixture.client.options().maxFrameSize(125).compressionEnabled(false).build());
		connection.writeTextMessage("x".repeat(126));
		assertThatExceptionOfType(PayloadTooLargeException.class).isThrownBy(connection::readTextMessage)
			.withMessageContaining("125");
		assertThat(fixture.server.awaitEvent("closed:1009:")).contains("125");
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(connection::readTextMessage)
			.withMessage("Connection already closed");
		await().atMost(Duration.ofSeconds(5)).until(() -> !connection.isOpen());
	}

	@Test
	void readingTheOtherKindThrowsAndLeavesTheMessageQueued() {
		try (WsConnection connection = connect("/echo")) {
			connection.writeTextMessage("binary-then-text");
			assertThatExceptionOfType(WebSocketException.class).isThrownBy(connection::readTextMessage)
				.withMessageStartingWith("Expected a text message but the next one is binary");
			assertThat(connection.readBinaryMessage()).containsExactly(1, 2, 3);
			assertThatExceptionOfType(WebSocketException.class).isThrownBy(connection::readBinaryMessage)
				.withMessageStartingWith("Expected a binary message but the next one is text");
			assertThat(connection.readTextMessage()).isEqualTo("after");
		}
	}

	@Test
	void severalThreadsReadAndWriteAtOnceWithoutInterleavingFragments() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(6);
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"),
				fixture.client.options().maxFrameSize(125).build())) {
			Set<String> received = ConcurrentHashMap.newKeySet();
			List<Future<?>> tasks = new ArrayList<>();
			for (int writer = 0; writer < 4; writer++) {
				String prefix = "writer" + writer + "-" + "x".repeat(300) + "-";
				tasks.add(threads.submit(() -> {
					for (int i = 0; i < 50; i++) {
						connection.writeTextMessage("frag:" + prefix + i);
					}
				}));
			}
			for (int reader = 0; reader < 2; reader++) {
				tasks.add(threads.submit(() -> {
					for (int i = 0; i < 100; i++) {
						received.add(connection.readTextMessage());
					}
				}));
			}
			for (Future<?> task : tasks) {
				task.get(20, TimeUnit.SECONDS);
			}
			assertThat(received).hasSize(200).allMatch((message) -> message.matches("writer\\d-x{300}-\\d+"));
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aReaderThatFallsBehindPausesTheSocketAndNothingIsLost() {
		int count = 400;
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"),
				fixture.client.options().inboundQueueCapacity(4).compressionEnabled(false).build())) {
			ClientConnection client = (ClientConnection) connection;
			int before = fixture.server.floodSent();
			connection.writeTextMessage("flood:" + count + ":65536");
			await().atMost(Duration.ofSeconds(10)).until(() -> client.queuedMessages() == 4);
			await().during(Duration.ofMillis(300))
				.atMost(Duration.ofSeconds(5))
				.until(() -> client.queuedMessages() <= 4 && fixture.server.floodSent() - before < count);
			for (int i = 0; i < count; i++) {
				assertThat(connection.readTextMessage()).hasSize(65536);
			}
			assertThat(fixture.server.floodSent() - before).isEqualTo(count);
		}
	}

	@Test
	void compressionIsNegotiatedByDefaultAndAMessageOfManyBytesSurvivesIt() {
		String text = "ü".repeat(100_000);
		try (WsConnection connection = connect("/echo")) {
			assertThat(connection.handshakeResponseHeader("Sec-WebSocket-Extensions")).startsWith("permessage-deflate");
			connection.writeTextMessage(text);
			assertThat(connection.readTextMessage()).isEqualTo(text);
		}
	}

	@Test
	void withCompressionALargeFrameIsSplitAndTheMessageLimitStillHolds() {
		try (WsConnection connection = connect("/echo")) {
			String large = "x".repeat(200_000);
			connection.writeTextMessage(large);
			assertThat(connection.readTextMessage()).isEqualTo(large);
		}
		WsConnection connection = fixture.client.connect(fixture.server.url("/echo"),
				fixture.client.options().maxMessageSize(100_000).build());
		connection.writeTextMessage("y".repeat(100_001));
		assertThatExceptionOfType(PayloadTooLargeException.class).isThrownBy(connection::readTextMessage);
		await().atMost(Duration.ofSeconds(5)).until(() -> !connection.isOpen());
	}

	@Test
	void compressionCanBeSwitchedOff() {
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"),
				fixture.client.options().compressionEnabled(false).build())) {
			assertThat(connection.handshakeResponseHeader("Sec-WebSocket-Extensions")).isNull();
			connection.writeTextMessage("plain");
			assertThat(connection.readTextMessage()).isEqualTo("plain");
		}
	}

}
