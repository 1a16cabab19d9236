package io.wsboot.websocket.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.SendBufferOverflowException;
import io.wsboot.websocket.WebSocketException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ServerWriter}: which writes go straight out and which wait for the sender, the order of
 * both, the close after what waits, and an overflow.
 */
class ServerWriterTests {

	private final ManualConnectionTimers timers = new ManualConnectionTimers();

	private final RecordingTransport transport = new RecordingTransport();

	private final AtomicBoolean onServiceThread = new AtomicBoolean();

	private final List<WebSocketException> failures = new ArrayList<>();

	private ServerWriter writer;

	@BeforeEach
	void holdSends() {
		this.timers.holdSends();
		this.writer = new ServerWriter(this.transport, this.timers,
				new SendBufferSettings(100, SendBufferOverflow.CLOSE), EndpointMetrics.NONE, this.onServiceThread::get,
				() -> {
				});
		this.writer.onFailure(this.failures::add);
	}

	private void write(String text) {
		this.writer.write((target) -> target.sendText(text), () -> text.length(), true);
	}

	@Test
	void aWriteFromAnotherThreadWaitsForTheSender() {
		write("one");
		write("two");
		assertThat(this.transport.frames).isEmpty();
		assertThat(this.timers.runHeldSends()).as("one sender for both").isEqualTo(1);
		assertThat(this.transport.frames).containsExactly("text:one", "text:two");
	}

	@Test
	void aWriteFromTheConnectionsOwnServiceMethodGoesStraightOutWhenNothingWaits() {
		this.onServiceThread.set(true);
		write("reply");
		assertThat(this.transport.frames).containsExactly("text:reply");
		assertThat(this.timers.runHeldSends()).isZero();
	}

	@Test
	void aWriteFromTheConnectionsOwnServiceMethodQueuesBehindWhatWaits() {
		write("broadcast");
		this.onServiceThread.set(true);
		write("reply");
		assertThat(this.transport.frames).isEmpty();
		this.timers.runHeldSends();
		assertThat(this.transport.frames).containsExactly("text:broadcast", "text:reply");
	}

	@Test
	void aCloseSendsWhatWaitsFirst() {
		write("one");
		write("two");
		this.writer.handshake().start(1000, "bye", Duration.ofSeconds(1), true);
		assertThat(this.transport.frames).containsExactly("text:one", "text:two", "close:1000:bye");
		this.timers.runHeldSends();
		assertThat(this.transport.frames).hasSize(3);
	}

	@Test
	void aWriteThatOverflowsThrowsAndTheOverflowReachesTheFailureHandlerOnTheSender() {
		write("x".repeat(60));
		write("y".repeat(40));
		assertThatExceptionOfType(SendBufferOverflowException.class).isThrownBy(() -> write("z"))
			.withMessage("Send buffer full: more than 100 bytes wait for a peer that reads too slowly");
		assertThat(this.writer.isOpen()).isFalse();
		assertThatExceptionOfType(SendBufferOverflowException.class).isThrownBy(() -> write("later"));
		assertThat(this.failures).isEmpty();
		this.timers.runHeldSends();
		assertThat(this.failures).singleElement().isInstanceOf(SendBufferOverflowException.class);
		assertThat(this.transport.frames).as("what waited is discarded").isEmpty();
	}

	@Test
	void aQueuedWriteThatFailsGoesToTheFailureHandlerAndDiscardsWhatWaits() {
		this.transport.sendFailure = new IOException("Broken pipe");
		write("one");
		write("two");
		this.timers.runHeldSends();
		assertThat(this.failures).singleElement()
			.satisfies((failure) -> assertThat(failure).hasMessage("IO Error: Broken pipe"));
		this.transport.sendFailure = null;
		write("three");
		this.timers.runHeldSends();
		assertThat(this.transport.frames).containsExactly("text:three");
	}

	@Test
	void aWriteFromAnotherThreadOnceTheServersThreadsHaveStoppedFindsTheConnectionClosed() {
		ServerWriter stopped = new ServerWriter(this.transport, new StoppedTimers(),
				new SendBufferSettings(100, SendBufferOverflow.CLOSE), EndpointMetrics.NONE, () -> false, () -> {
				});
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(() -> stopped
			.write((target) -> target.sendText("late"), () -> 4, true)).withMessage("Connection already closed");
		assertThat(this.transport.frames).isEmpty();
	}

	@Test
	void writesAfterTheCloseFrameThrowTheReferenceText() {
		this.writer.handshake().start(1000, "bye", Duration.ofSeconds(1), true);
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(() -> write("late"))
			.withMessage("Close frame already sent. Cannot push text data!");
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> this.writer.write((target) -> target.sendBinary(ByteBuffer.allocate(1)), () -> 1, false))
			.withMessage("Close frame already sent. Cannot push binary data.");
	}

	/** Timers whose threads have stopped, as during the application's shutdown. */
	private static final class StoppedTimers implements ConnectionTimers {

		@Override
		public long nanoTime() {
			return 0;
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
			throw new RejectedExecutionException("stopped");
		}

		@Override
		public void callback(Runnable task) {
			throw new RejectedExecutionException("stopped");
		}

		@Override
		public void send(Runnable task) {
			throw new RejectedExecutionException("stopped");
		}

		@Override
		public void close() {
		}

	}

}
