package io.wsboot.websocket.server.e2e;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages bound to method parameters with the application's Jackson mapper, and what happens when
 * a message does not fit.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class BindingTests {

	@LocalServerPort
	int port;

	private String roundTrip(String path, String message) throws InterruptedException {
		try (JdkClient client = JdkClient.connect(this.port, path)) {
			client.send(message);
			return client.nextText();
		}
	}

	@Test
	void primitive() throws Exception {
		assertThat(roundTrip("/ws/bind/int", "41")).isEqualTo("42");
	}

	@Test
	void boxedWithCaller() throws Exception {
		assertThat(roundTrip("/ws/bind/boxed", "21")).isEqualTo("42");
	}

	@Test
	void listOfRecords() throws Exception {
		assertThat(roundTrip("/ws/bind/list", "[{\"item\":\"tea\",\"quantity\":1},{\"item\":\"cake\",\"quantity\":3}]"))
			.isEqualTo("2 cake 3");
	}

	@Test
	void map() throws Exception {
		assertThat(roundTrip("/ws/bind/map", "{\"b\":2,\"a\":1}")).isEqualTo("{a=1, b=2}");
	}

	@Test
	void enumFromJsonStringOrBareName() throws Exception {
		assertThat(roundTrip("/ws/bind/enum", "\"RED\"")).isEqualTo("\"GREEN\"");
		assertThat(roundTrip("/ws/bind/enum", "GREEN")).isEqualTo("\"RED\"");
	}

	@Test
	void jsonTree() throws Exception {
		assertThat(roundTrip("/ws/bind/tree", "{\"a\":{\"b\":[1,2]}}")).isEqualTo("{\"b\":[1,2]}");
	}

	@Test
	void binaryMessageBoundFromUtf8Json() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/bind/binary")) {
			client.send("{\"item\":\"tea\",\"quantity\":2}".getBytes(StandardCharsets.UTF_8));
			assertThat(client.nextText()).isEqualTo("tea x2");
		}
	}

	@Test
	void bindingFailureGoesToTheMethodsOwnErrorHandlerFirst() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/bind/custom-error")) {
			client.send("not a number");
			assertThat(client.nextText()).isEqualTo("onTextMessageError: PayloadBindingException");
			client.send("7");
			assertThat(client.nextText()).isEqualTo("7");
		}
	}

	@Test
	void bindingFailureGoesToOnErrorWithoutAMethodErrorHandler() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/bind/on-error")) {
			client.send("{\"not\":\"a number\"}");
			assertThat(client.nextText()).startsWith("onError: PayloadBindingException: data binding failed: ");
			client.send("8".getBytes(StandardCharsets.UTF_8));
			assertThat(client.nextText()).isEqualTo("8");
		}
	}

	@Test
	void bindingFailureWithoutErrorHandlersClosesWith1003() {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/orders")) {
			client.send("{\"item\":\"tea\",\"quantity\":\"many\"}");
			JdkClient.Close close = client.awaitClose();
			assertThat(close.code()).isEqualTo(1003);
			assertThat(close.reason()).startsWith("data binding failed: ").contains("many");
		}
	}

	@Test
	void longBindingFailureReasonIsCutToFitTheCloseFrame() {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/orders")) {
			client.send("é".repeat(200));
			JdkClient.Close close = client.awaitClose();
			assertThat(close.code()).isEqualTo(1003);
			assertThat(close.reason()).startsWith("data binding failed: ").endsWith("...");
			assertThat(close.reason().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(123);
		}
	}

}
