package io.wsboot.websocket.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keep-alive on a manual clock: who is pinged, when a peer is given up, and that nothing runs
 * after the connection ends.
 */
class ServiceDispatcherKeepAliveTests {

	private static final Duration INTERVAL = Duration.ofMillis(200);

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	private final ManualConnectionTimers timers = new ManualConnectionTimers();

	private final RecordingTransport transport = new RecordingTransport();

	private final Recording service = new Recording();

	private ServiceDispatcher dispatcher;

	@BeforeEach
	void connect() {
		ServiceInspector inspector = new ServiceInspector(this.binder, new TransportCapabilities("test", true));
		SendBufferSettings buffer = new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE);
		ServerCaller connection = new ServerCaller(this.transport, this.binder, this.timers, Duration.ofSeconds(1),
				65536, buffer, EndpointMetrics.NONE);
		this.dispatcher = new ServiceDispatcher(connection, this.service, inspector.modelOf(Recording.class),
				this.binder, new EndpointSettings("/test", List.of(), Duration.ZERO, 1024, 1024, Duration.ofSeconds(1),
						null, true, Duration.ofSeconds(10), false, buffer, INTERVAL, 0));
		this.dispatcher.keepAlive(INTERVAL, this.timers);
	}

	@Test
	void aPeerThatSendsNothingIsPingedAfterOneIntervalAndDroppedAfterTheNext() {
		this.timers.advance(INTERVAL.minusMillis(1));
		assertThat(this.transport.frames).isEmpty();
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.transport.frames).containsExactly("ping:");
		this.timers.advance(INTERVAL.minusMillis(1));
		assertThat(this.transport.frames).containsExactly("ping:");
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.transport.frames).containsExactly("ping:", "abort");
		assertThat(this.service.errors)
			.containsExactly("ConnectionClosureException: No answer to a ping within 0.2 seconds");
		this.timers.advance(INTERVAL.multipliedBy(5));
		assertThat(this.transport.frames).containsExactly("ping:", "abort");
		this.dispatcher.onClosed(1006, "");
		assertThat(this.service.errors).as("no onClose: the drop was this side's decision").hasSize(1);
	}

	@Test
	void aPeerThatAnswersThePingStays() {
		for (int i = 0; i < 5; i++) {
			this.timers.advance(INTERVAL);
			this.dispatcher.onPong(ByteBuffer.allocate(0));
			this.timers.advance(INTERVAL);
		}
		assertThat(this.transport.frames).containsOnly("ping:").hasSize(5);
		assertThat(this.service.errors).isEmpty();
	}

	@Test
	void aPeerThatKeepsSendingIsNeverPinged() {
		for (int i = 0; i < 10; i++) {
			this.timers.advance(INTERVAL.dividedBy(2));
			this.dispatcher.onTextPart("still here", true);
		}
		assertThat(this.transport.frames).isEmpty();
	}

	@Test
	void nothingIsSentOnceTheConnectionHasEnded() {
		this.dispatcher.onClosed(1000, "");
		this.timers.advance(INTERVAL.multipliedBy(5));
		assertThat(this.transport.frames).isEmpty();
		assertThat(this.timers.pendingTasks()).isZero();
	}

	public static class Recording implements Service {

		/** Errors and closes, in order. */
		final List<String> errors = new CopyOnWriteArrayList<>();

		public void onTextMessage(String text) {
		}

		public void onClose(int statusCode) {
			this.errors.add("close " + statusCode);
		}

		public void onError(WebSocketException error) {
			this.errors.add(error.getClass().getSimpleName() + ": " + error.getMessage());
		}

	}

}
