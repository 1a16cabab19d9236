package io.wsboot.websocket.server.e2e;

import java.util.Random;
import java.util.UUID;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.InvalidHandshakeException;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.testing.Order;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured {@link WsClient} against wsboot's own server, on each engine: echo, data
 * binding both ways, sub-protocols, refused upgrades, large fragmented messages, and closes started
 * by the server or the client.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class WsClientTests {

	@LocalServerPort
	int port;

	@Autowired
	WsClient client;

	@Autowired
	ServiceEvents log;

	private String url(String path) {
		return "ws://localhost:" + this.port + path;
	}

	@Test
	void echoesTextAndBinary() {
		try (WsConnection connection = this.client.connect(url("/ws/echo"))) {
			connection.writeTextMessage("hello");
			assertThat(connection.readTextMessage()).isEqualTo("hello");
			connection.writeBinaryMessage(new byte[] { 1, 2, 3 });
			assertThat(connection.readBinaryMessage()).containsExactly(1, 2, 3);
		}
	}

	@Test
	void bindsJsonBothWays() {
		try (WsConnection connection = this.client.connect(url("/ws/orders"))) {
			connection.writeMessage(new Order("tea", 2));
			assertThat(connection.readMessage(OrderAck.class)).isEqualTo(new OrderAck("tea", 2, "accepted"));
		}
	}

	@Test
	void messagesLargerThanAFrameAreFragmentedAndJoinedAgainWithAndWithoutCompression() {
		String text = "é".repeat(200_000);
		for (boolean compression : new boolean[] { true, false }) {
			try (WsConnection connection = this.client.connect(url("/ws/echo"),
					this.client.options().compressionEnabled(compression).build())) {
				connection.writeTextMessage(text);
				assertThat(connection.readTextMessage()).isEqualTo(text);
				byte[] random = new byte[300_000];
				new Random(7).nextBytes(random);
				connection.writeBinaryMessage(random);
				assertThat(connection.readBinaryMessage()).isEqualTo(random);
			}
		}
	}

	@Test
	void negotiatesASubProtocolAndSeesResponseHeaders() {
		try (WsConnection connection = this.client.connect(url("/ws/chat/lobby?nick=ann"),
				this.client.options().subProtocols("chat.v1").header("X-Client", "wsclient").build())) {
			assertThat(connection.negotiatedSubProtocol()).isEqualTo("chat.v1");
			assertThat(connection.handshakeResponseHeader("X-Room")).isEqualTo("lobby");
			assertThat(connection.readTextMessage())
				.isEqualTo("welcome ann to lobby via wsclient asking [chat.v1] got chat.v1 secure false");
		}
	}

	@Test
	void anUpgradeTheServerRefusesCarriesItsStatus() {
		assertThatExceptionOfType(InvalidHandshakeException.class)
			.isThrownBy(() -> this.client.connect(url("/ws/chat/lobby?nick=mallory")))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(403));
		assertThatExceptionOfType(InvalidHandshakeException.class)
			.isThrownBy(() -> this.client.connect(url("/ws/chat/lobby")))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400));
	}

	@Test
	void aCloseFromTheServerSurfacesWithItsReasonAndCode() {
		String tag = UUID.randomUUID().toString();
		WsConnection connection = this.client.connect(url("/ws/lifecycle?tag=" + tag));
		connection.writeTextMessage("close 4005 server says bye");
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(connection::readTextMessage)
			.withMessage("server says bye: Status code: 4005");
		assertThat(connection.isOpen()).isFalse();
	}

	@Test
	void aCloseFromTheClientReachesTheServiceWithItsCode() throws InterruptedException {
		String tag = UUID.randomUUID().toString();
		WsConnection connection = this.client.connect(url("/ws/lifecycle?tag=" + tag));
		assertThat(this.log.next(tag)).isEqualTo("open");
		connection.close(4010, "client done");
		assertThat(this.log.next(tag)).isEqualTo("close:4010:client done open=false");
	}

}
