package io.wsboot.websocket.server.e2e;

import java.io.EOFException;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.server.shutdown.ShutdownApplication;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Closing the application context over real connections: every client gets 1001
 * {@code "Server shutting down"} and every service {@code onClose} with the same, handshakes during
 * the shutdown get 503, and a peer that never answers is dropped within the shutdown phase's
 * timeout ({@value ShutdownApplication#PHASE_TIMEOUT}); all of it with {@code server.shutdown=immediate}
 * too.
 */
class GracefulShutdownTests {

	private static final JdkClient.Close GOING_AWAY = new JdkClient.Close(1001, "Server shutting down");

	private final ConfigurableApplicationContext context = ShutdownApplication.start();

	private final int port = ShutdownApplication.port(this.context);

	private final ServiceEvents events = this.context.getBean(ServiceEvents.class);

	private final ShutdownApplication.SlowCloseGate slowCloseGate = this.context
		.getBean(ShutdownApplication.SlowCloseGate.class);

	@AfterEach
	void closeContext() {
		this.slowCloseGate.countDown();
		this.context.close();
	}

	@Test
	void closingTheContextSendsGoingAwayToEveryClientAndTellsEachService() throws Exception {
		try (JdkClient echo = JdkClient.connect(this.port, "/ws/shutdown/echo?tag=echo");
				JdkClient capped = JdkClient.connect(this.port, "/ws/shutdown/capped?tag=capped")) {
			echo.send("before");
			assertThat(echo.nextText()).isEqualTo("before");
			CompletableFuture<Void> closing = CompletableFuture.runAsync(this.context::close);
			assertThat(echo.awaitClose()).isEqualTo(GOING_AWAY);
			assertThat(capped.awaitClose()).isEqualTo(GOING_AWAY);
			closing.get(10, TimeUnit.SECONDS);
			assertThat(this.events.next("echo")).isEqualTo("close 1001 Server shutting down");
			assertThat(this.events.next("capped")).isEqualTo("close 1001 Server shutting down");
		}
	}

	@Test
	void anUpgradeDuringTheShutdownIsRefusedWith503() throws Exception {
		try (JdkClient slow = JdkClient.connect(this.port, "/ws/shutdown/slow-close?tag=slow")) {
			CompletableFuture<Void> closing = CompletableFuture.runAsync(this.context::close);
			assertThat(slow.awaitClose()).isEqualTo(GOING_AWAY);
			// The shutdown now waits for this onClose, which waits for the gate.
			assertThat(this.events.next("slow")).isEqualTo("closing 1001 Server shutting down");
			OkHttpHandshake.Outcome late = OkHttpHandshake.attempt(this.port, "/ws/shutdown/echo?tag=late");
			assertThat(late.status()).isEqualTo(503);
			assertThat(late.body()).isEqualTo("Server shutting down");
			this.slowCloseGate.countDown();
			closing.get(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aPeerThatDoesNotAnswerTheCloseIsDroppedWithinThePhaseTimeout() throws Exception {
		try (RawWebSocket mute = RawWebSocket.connect(this.port, "/ws/shutdown/echo?tag=mute")) {
			long start = System.nanoTime();
			CompletableFuture<Void> closing = CompletableFuture.runAsync(this.context::close);
			RawWebSocket.Frame close = mute.readFrame();
			assertThat(close.opcode()).isEqualTo(8);
			ByteBuffer payload = ByteBuffer.wrap(close.payload());
			assertThat(payload.getShort() & 0xFFFF).isEqualTo(1001);
			assertThat(StandardCharsets.UTF_8.decode(payload).toString()).isEqualTo("Server shutting down");
			assertThatExceptionOfType(java.io.IOException.class).isThrownBy(mute::readFrame)
				.isInstanceOfAny(EOFException.class, SocketException.class);
			Duration dropped = Duration.ofNanos(System.nanoTime() - start);
			assertThat(dropped).isLessThan(Duration.parse("PT" + ShutdownApplication.PHASE_TIMEOUT).plusSeconds(2));
			closing.get(10, TimeUnit.SECONDS);
			assertThat(this.events.next("mute")).isEqualTo("close 1001 Server shutting down");
		}
	}

	@Test
	void withoutGracefulShutdownOfTheWebServerClientsStillGetGoingAway() throws Exception {
		ConfigurableApplicationContext immediate = ShutdownApplication.start("server.shutdown=immediate");
		ServiceEvents immediateEvents = immediate.getBean(ServiceEvents.class);
		try (JdkClient client = JdkClient.connect(ShutdownApplication.port(immediate),
				"/ws/shutdown/echo?tag=immediate")) {
			CompletableFuture<Void> closing = CompletableFuture.runAsync(immediate::close);
			assertThat(client.awaitClose()).isEqualTo(GOING_AWAY);
			closing.get(10, TimeUnit.SECONDS);
			assertThat(immediateEvents.next("immediate")).isEqualTo("close 1001 Server shutting down");
		}
		finally {
			immediate.close();
		}
	}

}
