package io.wsboot.websocket.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code onIdleTimeout} through the dispatch core on a manual clock: which traffic postpones it, that
 * it ends with the connection, and the closure timeout of the close it may return.
 */
class ServiceDispatcherIdleTests {

	private static final Duration IDLE = Duration.ofSeconds(30);

	private static final Duration CLOSURE_TIMEOUT = Duration.ofSeconds(10);

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	private final ServiceInspector inspector = new ServiceInspector(this.binder,
			new TransportCapabilities("test", true));

	private final ManualConnectionTimers timers = new ManualConnectionTimers();

	private final RecordingTransport transport = new RecordingTransport();

	private ServerCaller connection;

	private ServiceDispatcher watched(Service service, Duration idleTimeout) {
		this.connection = new ServerCaller(this.transport, this.binder, this.timers, CLOSURE_TIMEOUT, 65536,
				new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), EndpointMetrics.NONE);
		ServiceDispatcher handler = new ServiceDispatcher(this.connection, service,
				this.inspector.modelOf(service.getClass()), this.binder, new EndpointSettings("/test", List.of(),
						idleTimeout, 1024, 1024, CLOSURE_TIMEOUT, null, true, Duration.ofSeconds(10), false,
						new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), Duration.ZERO, 0));
		handler.watchIdle(idleTimeout, this.timers);
		return handler;
	}

	@Test
	void onIdleTimeoutIsCalledAfterExactlyTheIdlePeriodWithoutTraffic() {
		Counting service = new Counting();
		watched(service, IDLE);
		this.timers.advance(IDLE.minusMillis(1));
		assertThat(service.idleCalls).hasValue(0);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(service.idleCalls).hasValue(1);
		assertThat(this.connection.isOpen()).isTrue();
	}

	@Test
	void aReadPostponesIt() {
		Counting service = new Counting();
		ServiceDispatcher handler = watched(service, IDLE);
		this.timers.advance(Duration.ofSeconds(20));
		handler.onTextPart("hello", true);
		this.timers.advance(IDLE.minusMillis(1));
		assertThat(service.idleCalls).hasValue(0);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(service.idleCalls).hasValue(1);
	}

	@Test
	void aPingPostponesIt() {
		Counting service = new Counting();
		ServiceDispatcher handler = watched(service, IDLE);
		this.timers.advance(Duration.ofSeconds(20));
		handler.onPing(ByteBuffer.allocate(0));
		this.timers.advance(IDLE.minusMillis(1));
		assertThat(service.idleCalls).hasValue(0);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(service.idleCalls).hasValue(1);
	}

	@Test
	void aWritePostponesIt() {
		Counting service = new Counting();
		watched(service, IDLE);
		this.timers.advance(Duration.ofSeconds(20));
		this.connection.writeTextMessage("news");
		this.timers.advance(IDLE.minusMillis(1));
		assertThat(service.idleCalls).hasValue(0);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(service.idleCalls).hasValue(1);
	}

	@Test
	void onIdleTimeoutIsCalledAgainAfterEachFurtherIdlePeriod() {
		Counting service = new Counting();
		watched(service, IDLE);
		this.timers.advance(IDLE.multipliedBy(3).minusMillis(1));
		assertThat(service.idleCalls).hasValue(2);
		this.timers.advance(Duration.ofMillis(1));
		assertThat(service.idleCalls).hasValue(3);
	}

	@Test
	void onIdleTimeoutIsNotCalledOnceTheConnectionHasClosed() {
		Counting service = new Counting();
		ServiceDispatcher handler = watched(service, IDLE);
		this.timers.advance(IDLE);
		handler.onClosed(1000, "");
		this.timers.advance(IDLE.multipliedBy(10));
		assertThat(service.idleCalls).hasValue(1);
		assertThat(this.timers.pendingTasks()).isZero();
	}

	@Test
	void noTimerIsScheduledWithoutOnIdleTimeoutOrWithAZeroPeriod() {
		watched(new NotWatching(), IDLE);
		watched(new Counting(), Duration.ZERO);
		assertThat(this.timers.pendingTasks()).isZero();
	}

	@Test
	void aCloseFrameReturnedByOnIdleTimeoutClosesAndDropsTheConnectionWhenThePeerDoesNotAnswerWithinTheTimeout() {
		watched(new Closing(), IDLE);
		this.timers.advance(IDLE);
		assertThat(this.transport.frames).containsExactly("close:1001:idle");
		this.timers.advance(CLOSURE_TIMEOUT.minusMillis(1));
		assertThat(this.transport.frames).containsExactly("close:1001:idle");
		this.timers.advance(Duration.ofMillis(1));
		assertThat(this.transport.frames).containsExactly("close:1001:idle", "abort");
	}

	public static class Counting implements Service {

		final AtomicInteger idleCalls = new AtomicInteger();

		public void onIdleTimeout(Caller caller) {
			this.idleCalls.incrementAndGet();
		}

		public void onTextMessage(String text) {
		}

	}

	public static class NotWatching implements Service {

	}

	public static class Closing implements Service {

		public CloseFrame onIdleTimeout(Caller caller) {
			return CloseFrame.of(1001, "idle");
		}

	}

}
