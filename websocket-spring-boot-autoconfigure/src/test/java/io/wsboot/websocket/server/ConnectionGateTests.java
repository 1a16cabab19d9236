package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places at an endpoint: taken per admitted handshake, given back once whether the handshake fails
 * or the connection ends, never more than the maximum even when handshakes race, none during a
 * shutdown.
 */
class ConnectionGateTests {

	private final ServerShutdown shutdown = new ServerShutdown(
			new ConnectionRegistry(new PayloadBinder(new JsonMapper())));

	@Test
	void refusesBeyondTheMaximumUntilAPlaceIsGivenBack() {
		ConnectionGate gate = new ConnectionGate(2, this.shutdown);
		ConnectionGate.Admission first = gate.admit();
		assertThat(first).isNotNull();
		assertThat(gate.admit()).isNotNull();
		assertThat(gate.admit()).isNull();
		assertThat(gate.refusal()).isEqualTo("Too many connections");
		first.abandon();
		assertThat(gate.admit()).isNotNull();
	}

	@Test
	void zeroMeansNoLimit() {
		ConnectionGate gate = new ConnectionGate(0, this.shutdown);
		for (int i = 0; i < 1000; i++) {
			assertThat(gate.admit()).isNotNull();
		}
		assertThat(gate.taken()).isEqualTo(1000);
	}

	@Test
	void aPlaceIsGivenBackOnceHoweverOftenItIsReleased() {
		ConnectionGate gate = new ConnectionGate(1, this.shutdown);
		ConnectionGate.Admission admission = gate.admit();
		admission.connected();
		admission.abandon();
		assertThat(gate.taken()).as("abandon after the connection opened").isEqualTo(1);
		admission.release();
		admission.release();
		admission.abandon();
		assertThat(gate.taken()).isZero();
	}

	@Test
	void refusesEveryHandshakeOnceTheShutdownHasBegun() {
		ConnectionGate gate = new ConnectionGate(0, this.shutdown);
		this.shutdown.shutdown(Duration.ofMillis(10));
		assertThat(gate.admit()).isNull();
		assertThat(gate.refusal()).isEqualTo("Server shutting down");
	}

	@Test
	void racingHandshakesNeverPassTheMaximum() throws Exception {
		ConnectionGate gate = new ConnectionGate(3, this.shutdown);
		int threads = 16;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Integer>> admitted = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<Integer> attempts = () -> {
					start.await(10, TimeUnit.SECONDS);
					int count = 0;
					for (int j = 0; j < 1000; j++) {
						if (gate.admit() != null) {
							count++;
						}
					}
					return count;
				};
				admitted.add(executor.submit(attempts));
			}
			start.countDown();
			int total = 0;
			for (Future<Integer> count : admitted) {
				total += count.get(10, TimeUnit.SECONDS);
			}
			assertThat(total).isEqualTo(3);
			assertThat(gate.taken()).isEqualTo(3);
		}
		finally {
			executor.shutdownNow();
		}
	}

}
