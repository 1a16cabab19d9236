package io.wsboot.websocket.server.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bean Validation of bound payloads.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ValidationTests {

	private static final String INVALID = "{\"item\":\"\",\"quantity\":0}";

	@LocalServerPort
	int port;

	@Test
	void validPayloadReachesTheMethod() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/validated")) {
			client.send("{\"item\":\"tea\",\"quantity\":1}");
			assertThat(client.nextText()).isEqualTo("ok tea");
		}
	}

	@Test
	void violationWithoutOnErrorClosesWith1003() {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/validated")) {
			client.send(INVALID);
			assertThat(client.awaitClose()).isEqualTo(new JdkClient.Close(1003,
					"data validation failed: item must not be blank, quantity must be greater than 0"));
		}
	}

	@Test
	void violationGoesToOnErrorNotToTheMethodsErrorHandler() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/validated/on-error")) {
			client.send(INVALID);
			assertThat(client.nextText()).isEqualTo("PayloadValidationException: data validation failed: item must not "
					+ "be blank, quantity must be greater than 0");
			client.send("{\"item\":\"cake\",\"quantity\":2}");
			assertThat(client.nextText()).isEqualTo("ok cake");
		}
	}

	@Test
	void validationFalseTurnsItOff() throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/validated/off")) {
			client.send(INVALID);
			assertThat(client.nextText()).isEqualTo("ok ");
		}
	}

}
