package io.wsboot.websocket.server.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.server.e2e.OkHttpHandshake;
import io.wsboot.websocket.testing.OkHttpTestClient;
import io.wsboot.websocket.testing.ServiceEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Authenticated} endpoints behind Spring Security, with HTTP Basic users and JWTs signed in
 * the test: 401 without a user, 403 without the scope or authority, 101 otherwise — the refusals
 * before the upgrade service runs — and the user in {@code HandshakeRequest.principal()},
 * {@code Caller.principal()} and the security context of every service method.
 */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class HandshakeSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents events;

	@Autowired
	OpenConnections connections;

	@BeforeEach
	void forgetEarlierHandshakes() {
		this.events.queue("upgrade").clear();
	}

	@Test
	void openEndpointAcceptsAnonymousHandshakesWithoutPrincipal() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/open")) {
			assertThat(client.responseHeader("X-Principal")).isEqualTo("none");
			assertThat(whoAmI(client)).isEqualTo("none|none");
		}
	}

	@Test
	void openEndpointStillSeesAnAuthenticatedUser() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/open", basic("bob"))) {
			assertThat(whoAmI(client)).isEqualTo("bob|bob");
		}
	}

	@Test
	void anonymousHandshakeIsRefusedWith401BeforeTheUpgradeService() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/authenticated");
		assertThat(outcome.status()).isEqualTo(401);
		assertThat(outcome.body()).isEqualTo("Unauthorized");
		assertThat(this.events.queue("upgrade")).isEmpty();
	}

	@Test
	void wrongPasswordIsRefusedWith401() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/authenticated", "Authorization",
				"Basic " + base64("bob:wrong"));
		assertThat(outcome.status()).isEqualTo(401);
		assertThat(this.events.queue("upgrade")).isEmpty();
	}

	@Test
	void anyAuthenticatedUserOpensAnEndpointWithoutScopes() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/authenticated", basic("bob"))) {
			assertThat(client.responseHeader("X-Principal")).isEqualTo("bob");
			assertThat(whoAmI(client)).isEqualTo("bob|bob");
			assertThat(whoAmI(client)).as("every call, not only the first").isEqualTo("bob|bob");
		}
	}

	@Test
	void userWithoutTheScopeIsRefusedWith403BeforeTheUpgradeService() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/write", basic("bob"));
		assertThat(outcome.status()).isEqualTo(403);
		assertThat(outcome.body()).isEqualTo("Forbidden");
		assertThat(this.events.queue("upgrade")).isEmpty();
	}

	@Test
	void userWithTheScopeConnects() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/write", basic("alice"))) {
			assertThat(whoAmI(client)).isEqualTo("alice|alice");
			assertThat(this.events.next("upgrade")).isEqualTo("alice");
		}
	}

	@Test
	void authoritiesAreMatchedAsTheyAre() throws Exception {
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/admin", basic("alice")).status()).isEqualTo(403);
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/admin", basic("root"))) {
			assertThat(whoAmI(client)).isEqualTo("root|root");
		}
	}

	@Test
	void jwtWithTheScopeConnectsAsItsSubject() throws Exception {
		String token = TestTokens.jwt("erin", "read write", Duration.ofMinutes(5));
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/write", "Authorization",
				"Bearer " + token)) {
			assertThat(client.responseHeader("X-Principal")).isEqualTo("erin");
			assertThat(whoAmI(client)).isEqualTo("erin|erin");
		}
	}

	@Test
	void jwtWithoutTheScopeIsRefusedWith403() {
		String token = TestTokens.jwt("erin", "read", Duration.ofMinutes(5));
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/write", "Authorization", "Bearer " + token).status())
			.isEqualTo(403);
	}

	@Test
	void expiredForgedOrMalformedJwtsAreRefusedWith401() {
		String expired = TestTokens.jwt("erin", "write", Duration.ofMinutes(-5));
		String valid = TestTokens.jwt("erin", "write", Duration.ofMinutes(5));
		String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
		for (String token : new String[] { expired, forged, "not-a-jwt" }) {
			assertThat(OkHttpHandshake.attempt(this.port, "/ws/write", "Authorization", "Bearer " + token).status())
				.as(token)
				.isEqualTo(401);
		}
		assertThat(this.events.queue("upgrade")).isEmpty();
	}

	@Test
	void browserOffersItsTokenAsSubProtocolAndBearerIsAgreed() throws Exception {
		String token = TestTokens.jwt("erin", "write", Duration.ofMinutes(5));
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/write", "Sec-WebSocket-Protocol",
				"bearer, " + token)) {
			assertThat(client.responseHeader("Sec-WebSocket-Protocol")).isEqualTo("bearer");
			assertThat(whoAmI(client)).isEqualTo("erin|erin");
		}
	}

	@Test
	void endpointSubProtocolIsAgreedBeforeBearer() throws Exception {
		String token = TestTokens.jwt("erin", "write", Duration.ofMinutes(5));
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/write", "Sec-WebSocket-Protocol",
				"bearer, " + token + ", chat")) {
			assertThat(client.responseHeader("Sec-WebSocket-Protocol")).isEqualTo("chat");
			assertThat(whoAmI(client)).isEqualTo("erin|erin");
		}
	}

	@Test
	void bearerSubProtocolWithoutAValidTokenIsRefusedWith401() {
		String expired = TestTokens.jwt("erin", "write", Duration.ofMinutes(-5));
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/write", "Sec-WebSocket-Protocol", "bearer").status())
			.isEqualTo(401);
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/write", "Sec-WebSocket-Protocol", "bearer, " + expired)
			.status()).isEqualTo(401);
		assertThat(this.events.queue("upgrade")).isEmpty();
	}

	@Test
	void aUsersConnectionsAreFoundByName() throws Exception {
		try (OkHttpTestClient first = OkHttpTestClient.connect(this.port, "/ws/authenticated", basic("bob"));
				OkHttpTestClient second = OkHttpTestClient.connect(this.port, "/ws/open", basic("bob"));
				OkHttpTestClient other = OkHttpTestClient.connect(this.port, "/ws/authenticated", basic("root"));
				OkHttpTestClient anonymous = OkHttpTestClient.connect(this.port, "/ws/open")) {
			assertThat(this.connections.ofUser("bob")).hasSize(2);
			assertThat(this.connections.broadcast("to bob", this.connections.ofUser("bob"))).isEqualTo(2);
			assertThat(first.nextMessage()).isEqualTo("to bob");
			assertThat(second.nextMessage()).isEqualTo("to bob");
			assertThat(whoAmI(other)).as("the next message after none for root").isEqualTo("root|root");
			assertThat(this.connections.ofUser("root")).hasSize(1);
		}
	}

	private static String whoAmI(OkHttpTestClient client) throws InterruptedException {
		client.send("who am I?");
		return (String) client.nextMessage();
	}

	private static String[] basic(String user) {
		return new String[] { "Authorization", "Basic " + base64(user + ":password") };
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
