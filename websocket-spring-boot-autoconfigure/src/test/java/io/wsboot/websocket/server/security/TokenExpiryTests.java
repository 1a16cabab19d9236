package io.wsboot.websocket.server.security;

import java.time.Duration;

import io.wsboot.websocket.testing.OkHttpTestClient;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection opened with a JWT ends when the token expires: the peer gets 1008 "Token expired"
 * and the service's {@code onClose} hears the same. A user without an expiring token stays.
 */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class TokenExpiryTests {

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents events;

	/** The next {@code onClose} of a user's connection; other tests' connections share the events. */
	private String nextCloseOf(String user) throws InterruptedException {
		String close = this.events.next("close");
		while (!close.startsWith(user + " ")) {
			close = this.events.next("close");
		}
		return close;
	}

	@Test
	void connectionIsClosedWith1008WhenItsTokenExpires() throws Exception {
		String token = TestTokens.jwt("frank", "write", Duration.ofSeconds(2));
		try (OkHttpTestClient expiring = OkHttpTestClient.connect(this.port, "/ws/write", "Authorization",
				"Bearer " + token);
				OkHttpTestClient basic = OkHttpTestClient.connect(this.port, "/ws/write", "Authorization",
						"Basic YWxpY2U6cGFzc3dvcmQ=")) {
			expiring.send("before");
			assertThat(expiring.nextMessage()).isEqualTo("frank|frank");
			OkHttpTestClient.Event.Closing closing = expiring.awaitClose();
			assertThat(closing.code()).isEqualTo(1008);
			assertThat(closing.reason()).isEqualTo("Token expired");
			assertThat(nextCloseOf("frank")).isEqualTo("frank 1008 Token expired");
			basic.send("still here");
			assertThat(basic.nextMessage()).isEqualTo("alice|alice");
		}
	}

}
