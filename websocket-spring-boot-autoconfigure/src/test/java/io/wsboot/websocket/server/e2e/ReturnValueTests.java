package io.wsboot.websocket.server.e2e;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service method returns is sent.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ReturnValueTests {

	@LocalServerPort
	int port;

	private JdkClient connect() {
		return JdkClient.connect(this.port, "/ws/lifecycle?tag=" + UUID.randomUUID());
	}

	@Test
	void bytesAreSentAsBinary() throws Exception {
		try (JdkClient client = connect()) {
			client.send("return-bytes");
			assertThat(client.nextBinary()).containsExactly(7, 8);
		}
	}

	@Test
	void otherValuesAreSentAsJson() throws Exception {
		try (JdkClient client = connect()) {
			client.send("return-number");
			assertThat(client.nextText()).isEqualTo("42");
		}
	}

	@Test
	void streamSendsOneMessagePerElementInOrder() throws Exception {
		try (JdkClient client = connect()) {
			client.send("return-stream");
			assertThat(client.nextText()).isEqualTo("a");
			assertThat(client.nextText()).isEqualTo("b");
			assertThat(client.nextText()).isEqualTo("c");
		}
	}

	@Test
	void iterableSendsOneJsonMessagePerElement() throws Exception {
		try (JdkClient client = connect()) {
			client.send("return-iterable");
			assertThat(client.nextText()).isEqualTo("{\"item\":\"tea\",\"quantity\":1}");
			assertThat(client.nextText()).isEqualTo("{\"item\":\"cake\",\"quantity\":2}");
		}
	}

	@Test
	void nullSendsNothing() throws Exception {
		try (JdkClient client = connect()) {
			client.send("return-nothing");
			client.send("return-number");
			assertThat(client.nextText()).isEqualTo("42");
		}
	}

	@Test
	void closeFrameClosesWithItsStatusAndReason() {
		try (JdkClient client = connect()) {
			client.send("return-close");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(4003, "returned"));
		}
	}

}
