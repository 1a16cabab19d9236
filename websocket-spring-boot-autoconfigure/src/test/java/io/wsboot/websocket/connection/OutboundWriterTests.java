package io.wsboot.websocket.connection;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.WebSocketException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link OutboundWriter}: writes go to the side's target only while the close state says open, with
 * the exact error of each state otherwise; a failed write is the side's to map; with a retry hook it
 * is sent once more, on the next target, and only once; one message holds the lock at a time.
 */
class OutboundWriterTests {

	private final CloseState state = new CloseState();

	private final TestSide side = new TestSide(this.state, "first", "second");

	private final List<String> sent = Collections.synchronizedList(new ArrayList<>());

	private final List<String> gaveWay = new ArrayList<>();

	private final OutboundWriter<String> writer = new OutboundWriter<>(this.side, null);

	private final OutboundWriter<String> retrying = new OutboundWriter<>(this.side, this.gaveWay::add);

	@Test
	void aWriteGoesToTheSidesTarget() {
		this.writer.write(recording("hello"), true);
		assertThat(this.sent).containsExactly("first:hello");
		assertThat(this.writer.lock().isLocked()).isFalse();
	}

	@Test
	void aWriteAfterThisSidesCloseFailsWithTheReferenceTextAndSendsNothing() {
		this.state.startClosing();
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> this.writer.write(recording("late"), true))
			.withMessage("Close frame already sent. Cannot push text data!");
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> this.writer.write(recording("late"), false))
			.withMessage("Close frame already sent. Cannot push binary data.");
		assertThat(this.sent).isEmpty();
		assertThat(this.writer.lock().isLocked()).isFalse();
	}

	@Test
	void aWriteAfterThePeersCloseFindsTheConnectionAlreadyClosed() {
		this.state.ended();
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> this.writer.write(recording("late"), true))
			.withMessage("Connection already closed");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void aFailedWriteIsMappedByTheSideAndNotSentAgainWithoutRetry() {
		this.side.failures.add(new IOException("Broken pipe"));
		assertThatExceptionOfType(ConnectionException.class).isThrownBy(() -> this.writer.write(recording("x"), true))
			.withMessage("mapped: Broken pipe");
		assertThat(this.side.awaited).containsExactly("null");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void anUncheckedFailureThatIsNotAFailedWriteReachesTheCallerAsItIs() {
		IllegalArgumentException tooLarge = new IllegalArgumentException("too large");
		this.side.failures.add(tooLarge);
		assertThatThrownBy(() -> this.retrying.write(recording("x"), false)).isSameAs(tooLarge);
		assertThat(this.gaveWay).as("not retried").isEmpty();
	}

	@Test
	void withRetryAFailedWriteMakesItsTargetGiveWayAndIsSentOnceMoreOnTheNext() {
		this.side.failures.add(new IOException("Broken pipe"));
		this.retrying.write(recording("again"), true);
		assertThat(this.gaveWay).containsExactly("first");
		assertThat(this.side.awaited).containsExactly("null", "first");
		assertThat(this.sent).containsExactly("second:again");
	}

	@Test
	void withRetryASecondFailureIsMappedAndNotRetriedAgain() {
		this.side.failures.add(new IOException("Broken pipe"));
		this.side.failures.add(new IOException("Reset"));
		assertThatExceptionOfType(ConnectionException.class).isThrownBy(() -> this.retrying.write(recording("x"), true))
			.withMessage("mapped: Reset");
		assertThat(this.gaveWay).containsExactly("first");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void withRetryAConnectionClosedMeanwhileFailsWithTheCloseStatesError() {
		this.side.failures.add(new IOException("Broken pipe"));
		OutboundWriter<String> closing = new OutboundWriter<>(this.side, (target) -> this.state.startClosing());
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(() -> closing.write(recording("x"), false))
			.withMessage("Close frame already sent. Cannot push binary data.");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void oneMessageAtATime() throws Exception {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.writer.write((target) -> {
			firstStarted.countDown();
			awaitLatch(releaseFirst);
			this.sent.add("one");
		}, true));
		assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
		Thread second = new Thread(() -> this.writer.write((target) -> this.sent.add("two"), true));
		second.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.writer.lock().hasQueuedThread(second));
		assertThat(this.sent).as("the second write waits for the first").isEmpty();
		assertThat(CompletableFuture.supplyAsync(() -> this.writer.lock().tryLock()).get(10, TimeUnit.SECONDS))
			.as("a try from another thread fails while a message is written")
			.isFalse();
		releaseFirst.countDown();
		first.get(10, TimeUnit.SECONDS);
		second.join(10_000);
		assertThat(second.isAlive()).isFalse();
		assertThat(this.sent).containsExactly("one", "two");
	}

	private OutboundWriter.Send<String> recording(String message) {
		return (target) -> {
			this.side.failNext();
			this.sent.add(target + ":" + message);
		};
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A side over a close state and a list of targets, where a target that failed gives way to the
	 * next; sends fail with the queued failures first.
	 */
	private static final class TestSide implements OutboundWriter.Side<String> {

		private final CloseState state;

		private final Deque<String> targets = new ArrayDeque<>();

		final Deque<Exception> failures = new ArrayDeque<>();

		final List<String> awaited = new ArrayList<>();

		TestSide(CloseState state, String... targets) {
			this.state = state;
			this.targets.addAll(List.of(targets));
		}

		@Override
		public String await(@Nullable String stale, boolean text) {
			this.awaited.add(String.valueOf(stale));
			this.state.checkWritable(text);
			if (stale != null && stale.equals(this.targets.peek())) {
				this.targets.remove();
			}
			return this.targets.element();
		}

		@Override
		public boolean isWriteFailure(RuntimeException failure) {
			return !(failure instanceof IllegalArgumentException);
		}

		@Override
		public WebSocketException failed(Exception failure, boolean text) {
			return new ConnectionException("mapped: " + failure.getMessage(), failure);
		}

		void failNext() throws IOException {
			Exception next = this.failures.poll();
			if (next instanceof IOException io) {
				throw io;
			}
			if (next instanceof RuntimeException unchecked) {
				throw unchecked;
			}
		}

	}

}
