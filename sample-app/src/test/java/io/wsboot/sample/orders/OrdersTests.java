package io.wsboot.sample.orders;

import io.wsboot.sample.WsTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON orders in, acknowledgements out; bad orders close with 1003.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrdersTests {

	@LocalServerPort
	int port;

	@Test
	void orderIsAcknowledged() throws Exception {
		try (WsTestClient client = WsTestClient.connect(this.port, "/ws/orders")) {
			client.send("{\"item\":\"tea\",\"quantity\":2}");
			assertThat(client.next()).matches("\\{\"orderId\":\\d+,\"item\":\"tea\",\"quantity\":2,\"status\":\"accepted\"}");
		}
	}

	@Test
	void invalidOrderClosesWith1003() {
		try (WsTestClient client = WsTestClient.connect(this.port, "/ws/orders")) {
			client.send("{\"item\":\"tea\",\"quantity\":0}");
			assertThat(client.awaitClose()).isEqualTo("1003 data validation failed: quantity must be greater than 0");
		}
	}

	@Test
	void malformedOrderClosesWith1003() {
		try (WsTestClient client = WsTestClient.connect(this.port, "/ws/orders")) {
			client.send("tea please");
			assertThat(client.awaitClose()).startsWith("1003 data binding failed: ");
		}
	}

}
