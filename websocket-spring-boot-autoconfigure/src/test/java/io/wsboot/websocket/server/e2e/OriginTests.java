package io.wsboot.websocket.server.e2e;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Same origin by default, against cross-site WebSocket hijacking.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OriginTests {

	@LocalServerPort
	int port;

	@Test
	void foreignOriginIsRefusedWith403BeforeTheUpgradeServiceIsAsked() {
		OkHttpHandshake.Outcome outcome = OkHttpHandshake.attempt(this.port, "/ws/chat/lobby?nick=boom", "Origin",
				"https://evil.example");
		assertThat(outcome.status()).isEqualTo(403);
	}

	@Test
	void sameOriginIsAllowed() {
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/echo", "Origin", "http://127.0.0.1:" + this.port).status())
			.isEqualTo(101);
	}

	@Test
	void upgradeServiceCanStillDecideOnTheOriginItself() {
		OkHttpHandshake.Outcome refused = OkHttpHandshake.attempt(this.port, "/ws/guarded");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).isEqualTo("an Origin header is required");
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/guarded", "Origin", "http://127.0.0.1:" + this.port)
			.status()).isEqualTo(101);
	}

	@Test
	void requestWithoutOriginIsAllowed() {
		assertThat(OkHttpHandshake.attempt(this.port, "/ws/echo").status()).isEqualTo(101);
	}

}
