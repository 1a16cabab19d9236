package io.wsboot.websocket.server;

import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.PayloadBindingException;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Lookups and broadcasts of open connections while connections open and close on other threads.
 */
class ConnectionRegistryTests {

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	private final ConnectionRegistry registry = new ConnectionRegistry(this.binder);

	private final ConnectionTimers timers = new ManualConnectionTimers();

	private ServerCaller open(String room, RecordingTransport transport) {
		return open(room, transport, Instant.parse("2026-01-01T00:00:00Z"));
	}

	private ServerCaller open(String room, RecordingTransport transport, Instant openedAt) {
		ConnectionStats stats = new ConnectionStats(EndpointMetrics.NONE, transport, openedAt);
		ServerCaller connection = new ServerCaller(transport, this.binder, this.timers, Duration.ofSeconds(1),
				65536, new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), stats);
		this.registry.add(connection, "/chat/{room}", Map.of("room", room), stats);
		return connection;
	}

	@Test
	void findsByEndpointPathVariableAndAttributeAndSkipsClosedOnes() {
		ServerCaller a = open("a", new RecordingTransport());
		ServerCaller b = open("b", new RecordingTransport());
		ServerCaller gone = open("a", new RecordingTransport());
		b.setAttribute("nick", "bob");
		gone.markClosed(1000);
		assertThat(this.registry.all()).containsExactlyInAnyOrder(a, b);
		assertThat(this.registry.ofEndpoint("/chat/{room}")).containsExactlyInAnyOrder(a, b);
		assertThat(this.registry.ofEndpoint("/other")).isEmpty();
		assertThat(this.registry.withPathVariable("room", "a")).containsExactly(a);
		assertThat(this.registry.withAttribute("nick", "bob")).containsExactly(b);
		assertThat(this.registry.matching((caller) -> caller == a)).containsExactly(a);
	}

	@Test
	void describesTheOpenConnectionsOfAnEndpointOldestFirstWithWhatEachHasDone() {
		Instant first = Instant.parse("2026-01-01T00:00:00Z");
		Instant second = first.plusSeconds(5);
		ServerCaller newer = open("b", new RecordingTransport(), second);
		open("a", new RecordingTransport(), first);
		open("a", new RecordingTransport(), first.plusSeconds(9)).markClosed(1000);
		newer.writeTextMessage("one");
		newer.writeBinaryMessage(new byte[] { 1 });
		newer.metrics().received();
		assertThat(this.registry.countByEndpoint()).containsExactly(entry("/chat/{room}", 2));
		assertThat(this.registry.describe("/chat/{room}"))
			.extracting(OpenConnection::endpointPath, OpenConnection::openedAt, OpenConnection::messagesIn,
					OpenConnection::messagesOut)
			.containsExactly(tuple("/chat/{room}", first, 0L, 0L), tuple("/chat/{room}", second, 1L, 2L));
		assertThat(this.registry.describe("/other")).isEmpty();
	}

	@Test
	void describesTheUserOfAnAuthenticatedConnectionByName() {
		ServerCaller anonymous = open("a", new RecordingTransport());
		open("b", new RecordingTransport(), Instant.parse("2026-01-01T00:00:01Z"))
			.authenticatedAs(() -> "alice", Principals.CONTAINER);
		assertThat(anonymous.principal()).isNull();
		assertThat(this.registry.describe("/chat/{room}")).extracting(OpenConnection::principal)
			.containsExactly(null, "alice");
	}

	@Test
	void broadcastWritesToEachRecipientAndCountsThem() {
		RecordingTransport first = new RecordingTransport();
		RecordingTransport second = new RecordingTransport();
		open("a", first);
		open("b", second);
		assertThat(this.registry.broadcast("hello")).isEqualTo(2);
		assertThat(this.registry.broadcast(Map.of("n", 1), this.registry.withPathVariable("room", "b"))).isEqualTo(1);
		assertThat(first.frames).containsExactly("text:hello");
		assertThat(second.frames).containsExactly("text:hello", "text:{\"n\":1}");
	}

	@Test
	void broadcastSkipsAConnectionThatClosedMeanwhile() {
		ServerCaller open = open("a", new RecordingTransport());
		ServerCaller closing = open("a", new RecordingTransport());
		List<Caller> recipients = this.registry.all();
		closing.markClosed(1000);
		assertThat(this.registry.broadcast("late", recipients)).isEqualTo(1);
		assertThat(open.isOpen()).isTrue();
	}

	@Test
	void broadcastGoesOnPastAConnectionThatTheContainerFoundClosedUnderTheWrite() {
		RecordingTransport closedUnderTheWrite = new RecordingTransport();
		closedUnderTheWrite.sendFailure = new IllegalStateException(
				"Message will not be sent because the WebSocket session has been closed");
		RecordingTransport reset = new RecordingTransport();
		reset.sendFailure = new ClosedChannelException();
		RecordingTransport last = new RecordingTransport();
		open("a", closedUnderTheWrite);
		open("a", reset);
		open("a", last);
		assertThat(this.registry.broadcast("left")).isEqualTo(3);
		assertThat(last.frames).containsExactly("text:left");
	}

	@Test
	void broadcastTurnsAValueIntoJsonOnceAndSendsTheSameTextToEveryRecipient() {
		Caller first = mock(Caller.class);
		Caller second = mock(Caller.class);
		assertThat(this.registry.broadcast(Map.of("n", 1), List.of(first, second))).isEqualTo(2);
		verify(first).writeMessage("{\"n\":1}");
		verify(second).writeMessage("{\"n\":1}");
	}

	@Test
	void broadcastOfAValueThatCannotBeJsonThrowsAndWritesToNobody() {
		Caller recipient = mock(Caller.class);
		assertThatExceptionOfType(PayloadBindingException.class)
			.isThrownBy(() -> this.registry.broadcast(new Unwritable(), List.of(recipient)))
			.withMessageStartingWith("data binding failed: ");
		verifyNoInteractions(recipient);
	}

	@Test
	void broadcastGoesOnPastACallerThatThrowsAnything() {
		Caller broken = mock(Caller.class);
		willThrow(new IllegalArgumentException("not mine")).given(broken).writeMessage("hi");
		RecordingTransport last = new RecordingTransport();
		ServerCaller open = open("a", last);
		assertThat(this.registry.broadcast("hi", List.of(broken, open))).isEqualTo(1);
		assertThat(last.frames).containsExactly("text:hi");
	}

	@Test
	void manyThreadsJoiningLeavingAndBroadcastingAtOnce() throws Exception {
		int threads = 8;
		int rounds = 500;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentLinkedQueue<ServerCaller> stayed = new ConcurrentLinkedQueue<>();
		List<Future<?>> work = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				int worker = t;
				work.add(executor.submit(() -> {
					start.await();
					for (int i = 0; i < rounds; i++) {
						ServerCaller connection = open("room" + (i % 4), new RecordingTransport());
						this.registry.broadcast("from " + worker, this.registry.withPathVariable("room", "room1"));
						if (i % 2 == 0) {
							connection.markClosed(1000);
							this.registry.remove(connection);
						}
						else {
							stayed.add(connection);
						}
						this.registry.all().forEach(Caller::id);
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : work) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.registry.all()).containsExactlyInAnyOrderElementsOf(stayed);
		assertThat(this.registry.all()).hasSize(threads * rounds / 2);
		assertThat(this.registry.broadcast("final")).isEqualTo(threads * rounds / 2);
	}

	/** A value whose JSON cannot be written: its only property fails. */
	static class Unwritable {

		public String getValue() {
			throw new IllegalStateException("no value");
		}

	}

}
