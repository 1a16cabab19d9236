package io.wsboot.websocket.server.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which service methods are called when, with what, in which order.
 */
class LifecycleTests extends AbstractLifecycleTests {

	@Test
	void onOpenThenMessagesInArrivalOrderOneAtATime() throws Exception {
		try (JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			for (int i = 0; i < 200; i++) {
				client.send("m" + i);
			}
			client.send(new byte[5]);
			for (int i = 0; i < 200; i++) {
				assertThat(this.log.next(this.tag)).isEqualTo("text:m" + i);
			}
			assertThat(this.log.next(this.tag)).isEqualTo("binary:5");
		}
	}

	@Test
	void onCloseGetsThePeersCodeAndReason() throws Exception {
		try (JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.webSocket().sendClose(4005, "bye").join();
			assertThat(this.log.next(this.tag)).isEqualTo("close:4005:bye open=false");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4005, "bye"));
		}
	}

	@Test
	void onCloseGets1005ForACloseFrameWithoutStatusExceptOnTomcat() throws Exception {
		try (RawWebSocket client = RawWebSocket.connect(this.port, "/ws/lifecycle?tag=" + this.tag)) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.sendCloseWithoutStatus();
			// Tomcat reports a close frame without a status code as 1000 (a documented container limit)
			int expected = (Container.current() == Container.TOMCAT) ? 1000 : 1005;
			assertThat(this.log.next(this.tag)).isEqualTo("close:" + expected + ": open=false");
		}
	}

	@Test
	void onCloseGets1006WhenTheConnectionDropsWithoutACloseFrame() throws Exception {
		JdkClient client = connect();
		assertThat(this.log.next(this.tag)).isEqualTo("open");
		client.webSocket().abort();
		String event = this.log.next(this.tag);
		assertThat(event).as(event).startsWith("close:1006:");
	}

	@Test
	void onCloseIsNotCalledWhenTheServerStartsTheClose() throws Exception {
		try (JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("close 4000 server says bye");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4000, "server says bye"));
			assertThat(this.log.next(this.tag)).isEqualTo("closed-by-server open=false");
			assertThat(this.log.queue(this.tag)).isEmpty();
		}
	}

	@Test
	void pingsAreAnsweredAutomaticallyWithTheSamePayload() throws Exception {
		try (JdkClient client = connect()) {
			client.webSocket().sendPing(ByteBuffer.wrap("are you there".getBytes(StandardCharsets.UTF_8))).join();
			assertThat(new String(client.nextPong(), StandardCharsets.UTF_8)).isEqualTo("are you there");
		}
	}

	@Test
	void onPongReceivesThePayload() throws Exception {
		try (JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.webSocket().sendPong(ByteBuffer.wrap("beat".getBytes(StandardCharsets.UTF_8))).join();
			assertThat(this.log.next(this.tag)).isEqualTo("pong:beat");
		}
	}

	@Test
	void callerPingsAndThePongReachesOnPong() throws Exception {
		try (JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("ping hello");
			assertThat(this.log.next(this.tag)).isEqualTo("pong:hello");
		}
	}

}
