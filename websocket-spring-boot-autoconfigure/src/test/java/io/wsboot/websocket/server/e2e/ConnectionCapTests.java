package io.wsboot.websocket.server.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.wsboot.websocket.server.shutdown.ShutdownApplication;
import io.wsboot.websocket.testing.HttpHead;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection cap over real connections: beyond {@code maxConnections} (2 on the capped
 * endpoint) or {@code websocket.server.max-connections} (1 where the attribute is unset) a handshake
 * gets 503 without the upgrade service being asked, and a place comes free when a connection ends or
 * its handshake fails.
 */
class ConnectionCapTests {

	private final ConfigurableApplicationContext context = ShutdownApplication.start();

	private final int port = ShutdownApplication.port(this.context);

	private final ServiceEvents events = this.context.getBean(ServiceEvents.class);

	private final ShutdownApplication.UpgradeCalls calls = this.context.getBean(ShutdownApplication.UpgradeCalls.class);

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void beyondTheCapTheHandshakeGets503BeforeTheUpgradeServiceIsAsked() throws Exception {
		try (JdkClient first = JdkClient.connect(this.port, "/ws/shutdown/capped?tag=first");
				JdkClient second = JdkClient.connect(this.port, "/ws/shutdown/capped?tag=second")) {
			assertThat(this.calls.get()).isEqualTo(2);
			OkHttpHandshake.Outcome third = OkHttpHandshake.attempt(this.port, "/ws/shutdown/capped?tag=third");
			assertThat(third.status()).isEqualTo(503);
			assertThat(third.body()).isEqualTo("Too many connections");
			assertThat(this.calls.get()).isEqualTo(2);
			first.close();
			assertThat(this.events.next("first")).isEqualTo("close 1000 ");
			try (JdkClient again = JdkClient.connect(this.port, "/ws/shutdown/capped?tag=again")) {
				again.send("admitted");
				assertThat(again.nextText()).isEqualTo("admitted");
				assertThat(this.calls.get()).isEqualTo(3);
			}
		}
	}

	@Test
	void thePropertyCapsEndpointsWithoutTheAttribute() throws Exception {
		try (JdkClient only = JdkClient.connect(this.port, "/ws/shutdown/single?tag=only")) {
			OkHttpHandshake.Outcome second = OkHttpHandshake.attempt(this.port, "/ws/shutdown/single?tag=second");
			assertThat(second.status()).isEqualTo(503);
			assertThat(second.body()).isEqualTo("Too many connections");
			assertThat(OkHttpHandshake.attempt(this.port, "/ws/shutdown/echo?tag=uncapped").status()).isEqualTo(101);
		}
	}

	@Test
	void aHandshakeThatFailsAfterTheUpgradeServiceAcceptedGivesItsPlaceBack() throws Exception {
		String withoutKey = "GET /ws/shutdown/single?tag=bad HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
				+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n";
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(withoutKey.getBytes(StandardCharsets.US_ASCII));
			String head = HttpHead.read(socket.getInputStream());
			if (Container.current() == Container.REACTOR_NETTY) {
				// Reactor Netty fails the handshake and closes the connection without a response.
				assertThat(head).isEmpty();
			}
			else {
				assertThat(head).startsWith("HTTP/1.1 400 ");
			}
		}
		try (JdkClient admitted = JdkClient.connect(this.port, "/ws/shutdown/single?tag=admitted")) {
			admitted.send("in");
			assertThat(admitted.nextText()).isEqualTo("in");
		}
	}

	@Test
	void concurrentHandshakesNeverPassTheCap() throws Exception {
		int attempts = 8;
		CountDownLatch ready = new CountDownLatch(attempts);
		List<Socket> sockets = new ArrayList<>();
		List<CompletableFuture<String>> statuses = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(attempts);
		try {
			for (int i = 0; i < attempts; i++) {
				Socket socket = new Socket("127.0.0.1", this.port);
				socket.setSoTimeout(10_000);
				sockets.add(socket);
				statuses.add(CompletableFuture.supplyAsync(() -> handshake(socket, ready), clients));
			}
			List<String> heads = new ArrayList<>();
			for (CompletableFuture<String> status : statuses) {
				heads.add(status.get(20, TimeUnit.SECONDS));
			}
			assertThat(heads).filteredOn((head) -> head.startsWith("HTTP/1.1 101")).hasSize(2);
			assertThat(heads).filteredOn((head) -> head.startsWith("HTTP/1.1 503")).hasSize(attempts - 2);
			assertThat(this.calls.get()).isEqualTo(2);
		}
		finally {
			clients.shutdownNow();
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	private String handshake(Socket socket, CountDownLatch ready) {
		try {
			ready.countDown();
			ready.await(10, TimeUnit.SECONDS);
			socket.getOutputStream()
				.write(HttpHead.upgradeRequest(this.port, "/ws/shutdown/capped?tag=race", "")
					.getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			return HttpHead.read(in);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
