package io.wsboot.websocket.server;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.binding.PayloadBinder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shutdown on a recording transport: 1001 to every connection, never before the adapter
 * delivers the connection's events, {@code onClose} with 1001 once a connection has ended, and the
 * connections that did not answer dropped at the bound.
 */
class ServerShutdownTests {

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	private final ServiceInspector inspector = new ServiceInspector(this.binder,
			new TransportCapabilities("test", true));

	private final ManualConnectionTimers timers = new ManualConnectionTimers();

	private final RecordingTransport transport = new RecordingTransport();

	private final ConnectionRegistry registry = new ConnectionRegistry(this.binder);

	private final ServerShutdown shutdown = new ServerShutdown(this.registry);

	private final Closes service = new Closes();

	private ServiceDispatcher connect() {
		ServerCaller connection = new ServerCaller(this.transport, this.binder, this.timers, Duration.ofSeconds(60),
				65536, new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), EndpointMetrics.NONE);
		this.registry.add(connection, "/test", Map.of(), new ConnectionStats(EndpointMetrics.NONE, this.transport,
				Instant.now()));
		ServiceDispatcher handler = new ServiceDispatcher(connection, this.service,
				this.inspector.modelOf(Closes.class), this.binder, new EndpointSettings("/test", List.of(),
						Duration.ZERO, 1024, 1024, Duration.ofSeconds(60), null, true, Duration.ofSeconds(10), false,
						new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), Duration.ZERO, 0));
		handler.end().attach(new ConnectionGate(0, new ServerShutdown(this.registry)).admit(), this.shutdown, this.transport,
				this.timers);
		return handler;
	}

	@Test
	void everyOpenConnectionGetsGoingAwayAndItsServiceOnCloseOnceItEnds() throws Exception {
		ServiceDispatcher handler = connect();
		handler.onOpen();
		CompletableFuture<Void> shuttingDown = CompletableFuture
			.runAsync(() -> this.shutdown.shutdown(Duration.ofSeconds(10)));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !this.transport.frames.isEmpty());
		assertThat(shuttingDown).isNotDone();
		handler.onClosed(1001, "Server shutting down");
		shuttingDown.get(5, TimeUnit.SECONDS);
		assertThat(this.transport.frames).containsExactly("close:1001:Server shutting down");
		assertThat(this.service.closes).containsExactly("1001 Server shutting down");
		assertThat(this.shutdown.openConnections()).isZero();
	}

	@Test
	void theShutdownCountsAConnectionFromItsOnOpenUntilItsEndIsReported() {
		ServiceDispatcher handler = connect();
		assertThat(this.shutdown.openConnections()).isZero();
		assertThat(this.registry.all()).hasSize(1);
		handler.onOpen();
		assertThat(this.shutdown.openConnections()).isOne();
		handler.onClosed(1000, "bye");
		assertThat(this.shutdown.openConnections()).isZero();
		assertThat(this.registry.all()).isEmpty();
	}

	@Test
	void aConnectionOpeningDuringTheShutdownIsClosedOnlyOnceItsEventsAreDelivered() {
		this.shutdown.shutdown(Duration.ofMillis(10));
		ServiceDispatcher handler = connect();
		assertThat(this.transport.frames).isEmpty();
		handler.onOpen();
		assertThat(this.transport.frames).containsExactly("close:1001:Server shutting down");
		handler.onClosed(1001, "Server shutting down");
		assertThat(this.service.closes).containsExactly("1001 Server shutting down");
	}

	@Test
	void connectionsThatDoNotAnswerAreDroppedAtNineTenthsOfTheTimeout() {
		connect().onOpen();
		long start = System.nanoTime();
		this.shutdown.shutdown(Duration.ofMillis(300));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(this.transport.frames).containsExactly("close:1001:Server shutting down", "abort");
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aConnectionThePeerClosedFirstReachesOnCloseWithThePeersCode() {
		ServiceDispatcher handler = connect();
		handler.onOpen();
		handler.onClosed(1000, "bye");
		this.shutdown.shutdown(Duration.ofMillis(10));
		assertThat(this.transport.frames).isEmpty();
		assertThat(this.service.closes).containsExactly("1000 bye");
	}

	/** Records each onClose. */
	public static class Closes implements Service {

		final List<String> closes = new CopyOnWriteArrayList<>();

		public void onClose(int statusCode, String reason) {
			this.closes.add(statusCode + " " + reason);
		}

	}

}
