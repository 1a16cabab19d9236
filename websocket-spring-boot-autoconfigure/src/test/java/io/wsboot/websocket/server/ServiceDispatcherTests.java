package io.wsboot.websocket.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The dispatch core on a recording transport: the rules no servlet container lets us reach, and the
 * close timeout on a manual clock.
 */
class ServiceDispatcherTests {

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	private final ServiceInspector inspector = new ServiceInspector(this.binder,
			new TransportCapabilities("test", true));

	private final ManualConnectionTimers timers = new ManualConnectionTimers();

	private final RecordingTransport transport = new RecordingTransport();

	private ServerCaller connection;

	private ServiceDispatcher handler(Service service) {
		this.connection = new ServerCaller(this.transport, this.binder, this.timers, Duration.ofMillis(200),
				65536, new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), EndpointMetrics.NONE);
		return new ServiceDispatcher(this.connection, service, this.inspector.modelOf(service.getClass()), this.binder,
				new EndpointSettings("/test", List.of(), Duration.ZERO, 1024, 1024, Duration.ofMillis(200), null, true,
						Duration.ofSeconds(10), false, new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE),
						Duration.ZERO, 0));
	}

	@Test
	void pingIsAnsweredWithTheSamePayloadWithoutOnPing() {
		handler(new Silent()).onPing(ByteBuffer.wrap("beat".getBytes(StandardCharsets.UTF_8)));
		assertThat(this.transport.frames).containsExactly("pong:beat");
	}

	@Test
	void onPingReturningBytesSendsThemAsThePong() {
		handler(new PingAnswering()).onPing(ByteBuffer.wrap("beat".getBytes(StandardCharsets.UTF_8)));
		assertThat(this.transport.frames).containsExactly("pong:beat!");
	}

	@Test
	void onPingReturningNothingSendsNoPong() {
		PingObserving service = new PingObserving();
		handler(service).onPing(ByteBuffer.wrap("beat".getBytes(StandardCharsets.UTF_8)));
		assertThat(service.seen).containsExactly("beat");
		assertThat(this.transport.frames).isEmpty();
	}

	@Test
	void onErrorThatThrowsIsLoggedAndTheConnectionClosedWith1011() {
		handler(new FailingTwice()).onText("go");
		assertThat(this.transport.frames).containsExactly("close:1011:Unexpected condition");
	}

	@Test
	void writesAfterThePeerClosedThrowConnectionAlreadyClosed() {
		ServiceDispatcher handler = handler(new Silent());
		handler.onClosed(1000, "");
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> this.connection.writeTextMessage("late"))
			.withMessage("Connection already closed");
	}

	@Test
	void aWriteThatTheContainerFindsClosedThrowsConnectionAlreadyClosedNotTheContainersException() {
		handler(new Silent());
		IllegalStateException tomcats = new IllegalStateException(
				"Message will not be sent because the WebSocket session has been closed");
		this.transport.sendFailure = tomcats;
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> inServiceMethod(() -> this.connection.writeTextMessage("late")))
			.withMessage("Connection already closed")
			.withCause(tomcats);
		this.transport.sendFailure = new ClosedChannelException();
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> inServiceMethod(() -> this.connection.writeBinaryMessage(new byte[] { 1 })))
			.withMessage("Connection already closed");
	}

	@Test
	void aWriteThatFailsOtherwiseThrowsConnectionExceptionWithTheCause() {
		handler(new Silent());
		this.transport.sendFailure = new IOException("Broken pipe");
		assertThatExceptionOfType(ConnectionException.class)
			.isThrownBy(() -> inServiceMethod(() -> this.connection.writeTextMessage("late")))
			.withMessage("IO Error: Broken pipe")
			.isNotInstanceOf(ConnectionClosureException.class);
	}

	@Test
	void aQueuedWriteThatFailsReachesOnErrorAsConnectionException() {
		ErrorRecording service = new ErrorRecording();
		handler(service);
		this.transport.sendFailure = new IOException("Broken pipe");
		this.connection.writeTextMessage("from another thread");
		assertThat(service.errors).containsExactly("ConnectionException: IO Error: Broken pipe");
	}

	@Test
	void aQueuedWriteToAConnectionThatEndedIsNoError() {
		ErrorRecording service = new ErrorRecording();
		handler(service);
		this.transport.sendFailure = new ClosedChannelException();
		this.connection.writeTextMessage("from another thread");
		assertThat(service.errors).isEmpty();
	}

	/** Runs a write as one of the connection's service methods does: straight to the transport. */
	private void inServiceMethod(Runnable write) {
		this.connection.enterDispatch();
		try {
			write.run();
		}
		finally {
			this.connection.exitDispatch();
		}
	}

	@Test
	void closeOnAnotherThreadThatGetsNoAnswerWithinTheTimeoutDropsTheConnectionAndThrows() throws Exception {
		handler(new Silent());
		CompletableFuture<Void> closing = CompletableFuture
			.runAsync(() -> this.connection.close(1000, "bye", Duration.ofMillis(2500)));
		this.timers.awaitPendingTask();
		this.timers.advance(Duration.ofMillis(2499));
		assertThat(this.transport.frames).containsExactly("close:1000:bye");
		assertThat(closing).isNotDone();
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.transport.frames).containsExactly("close:1000:bye", "abort");
		assertThat(closing).failsWithin(Duration.ofSeconds(10))
			.withThrowableOfType(ExecutionException.class)
			.havingCause()
			.isInstanceOf(ConnectionClosureException.class)
			.withMessage("Could not receive a WebSocket close frame from remote endpoint within 2.5 seconds");
	}

	@Test
	void closeFromAServiceMethodReturnsAtOnceAndDropsTheConnectionWhenNoAnswerComesWithinTheTimeout() {
		handler(new ClosingInHandler()).onText("close");
		assertThat(this.transport.frames).containsExactly("close:4000:from handler");
		this.timers.advance(Duration.ofMillis(199));
		assertThat(this.transport.frames).containsExactly("close:4000:from handler");
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.transport.frames).containsExactly("close:4000:from handler", "abort");
	}

	@Test
	void closeFromAServiceMethodAnsweredInTimeIsNotDropped() {
		ServiceDispatcher handler = handler(new ClosingInHandler());
		handler.onText("close");
		handler.onClosed(4000, "from handler");
		this.timers.advance(Duration.ofMillis(200));
		assertThat(this.transport.frames).containsExactly("close:4000:from handler");
	}

	@Test
	void closeAnsweredInTimeReturnsWithoutDropping() {
		ServiceDispatcher handler = handler(new Silent());
		Thread peer = new Thread(() -> {
			org.awaitility.Awaitility.await().until(() -> !this.transport.frames.isEmpty());
			handler.onClosed(1000, "bye");
		});
		peer.start();
		this.connection.close(1000, "bye", Duration.ofSeconds(5));
		assertThat(this.transport.frames).containsExactly("close:1000:bye");
		assertThat(this.timers.pendingTasks()).isZero();
	}

	@Test
	void closeAnsweredByADropThrowsTheReferenceText() {
		ServiceDispatcher handler = handler(new Silent());
		Thread peer = new Thread(() -> {
			org.awaitility.Awaitility.await().until(() -> !this.transport.frames.isEmpty());
			handler.onClosed(1006, "");
		});
		peer.start();
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> this.connection.close(1000, "bye", Duration.ofSeconds(5)))
			.withMessage("Connection is closed by remote endpoint without echoing a close frame");
	}

	@Test
	void messagesLargerThanTheFrameSizeAreSentInFramesThatNeverSplitACharacter() {
		ServerCaller small = new ServerCaller(this.transport, this.binder, this.timers, Duration.ofSeconds(1), 4,
				new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), EndpointMetrics.NONE);
		small.writeTextMessage("abcd");
		small.writeTextMessage("aé€😀b");
		small.writeBinaryMessage(new byte[10]);
		assertThat(this.transport.frames).containsExactly("text:abcd", "text-part:aé", "text-part:€", "text-part:😀",
				"text-part:b:last", "binary-part:4", "binary-part:4", "binary-part:2:last");
	}

	public static class Silent implements Service {

	}

	public static class PingAnswering implements Service {

		public byte[] onPing(byte[] data) {
			return (new String(data, StandardCharsets.UTF_8) + "!").getBytes(StandardCharsets.UTF_8);
		}

	}

	public static class PingObserving implements Service {

		final List<String> seen = new ArrayList<>();

		public void onPing(Caller caller, byte[] data) {
			this.seen.add(new String(data, StandardCharsets.UTF_8));
		}

	}

	public static class FailingTwice implements Service {

		public void onTextMessage(String text) {
			throw new IllegalStateException("first");
		}

		public void onError(WebSocketException error) {
			throw new IllegalStateException("second");
		}

	}

	public static class ClosingInHandler implements Service {

		public void onTextMessage(Caller caller, String text) {
			caller.close(4000, "from handler");
		}

	}

	public static class ErrorRecording implements Service {

		final List<String> errors = new ArrayList<>();

		public void onError(WebSocketException error) {
			this.errors.add(error.getClass().getSimpleName() + ": " + error.getMessage());
		}

	}

}
