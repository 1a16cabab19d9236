package io.wsboot.websocket.server.e2e;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service method that throws closes its connection with 1011 and reaches onError; nothing else
 * is affected.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class FailureTests {

	@LocalServerPort
	int port;

	@Autowired
	EventLog log;

	private final String tag = UUID.randomUUID().toString();

	@Test
	void throwingHandlerClosesWith1011ThenOnErrorAndTheServerKeepsServing() throws Exception {
		try (JdkClient bystander = JdkClient.connect(this.port, "/ws/echo");
				JdkClient client = JdkClient.connect(this.port, "/ws/lifecycle?tag=" + this.tag)) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("throw");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(1011, "Unexpected condition"));
			assertThat(this.log.next(this.tag)).isEqualTo("error:WebSocketException:boom");
			bystander.send("still served");
			assertThat(bystander.nextText()).isEqualTo("still served");
		}
		try (JdkClient next = JdkClient.connect(this.port, "/ws/lifecycle?tag=" + this.tag)) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			next.send("hello again");
			assertThat(this.log.next(this.tag)).isEqualTo("text:hello again");
		}
	}

	@Test
	void writeInOnOpenToAClientThatIsGoneFailsWithTheApisException() throws Exception {
		String path = "/ws/write-when-gone?tag=" + this.tag;
		RawWebSocket.connect(this.port, path).close();
		this.log.record(this.tag + "/gone", "closed");
		assertThat(this.log.next(this.tag)).startsWith("api:");
	}

	@Test
	void failingStreamClosesWith1011AndItsMessageAfterTheElementsSentSoFar() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/lifecycle?tag=" + this.tag)) {
			client.send("return-failing-stream");
			assertThat(client.nextText()).isEqualTo("first");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(1011, "streaming failed: broken"));
		}
	}

}
