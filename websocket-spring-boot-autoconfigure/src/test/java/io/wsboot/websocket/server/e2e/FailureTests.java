package io.wsboot.websocket.server.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service method that throws closes its connection with 1011 and reaches onError; nothing else
 * is affected.
 */
class FailureTests extends AbstractLifecycleTests {

	@Test
	void throwingHandlerClosesWith1011ThenOnErrorAndTheServerKeepsServing() throws Exception {
		try (JdkClient bystander = JdkClient.connect(this.port, "/ws/echo");
				JdkClient client = connect()) {
			assertThat(this.log.next(this.tag)).isEqualTo("open");
			client.send("throw");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(1011, "Unexpected condition"));
			assertThat(this.log.next(this.tag)).isEqualTo("error:WebSocketException:boom");
			bystander.send("still served");
			assertThat(bystander.nextText()).isEqualTo("still served");
		}
		try (JdkClient next = connect()) {
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
		try (JdkClient client = connect()) {
			client.send("return-failing-stream");
			assertThat(client.nextText()).isEqualTo("first");
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(1011, "streaming failed: broken"));
		}
	}

}
