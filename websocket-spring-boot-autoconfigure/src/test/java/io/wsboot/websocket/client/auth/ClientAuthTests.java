package io.wsboot.websocket.client.auth;

import java.util.concurrent.atomic.AtomicInteger;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ClientAuth;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.testing.CuttableProxy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ClientAuth} on the auto-configured {@code WsClient} against wsboot's server: asked before
 * every handshake (a retry's reconnect too), replacing an {@code Authorization} header given
 * through {@code header}, and its failures as the reference's {@code AuthError} texts.
 */
class ClientAuthTests extends AuthServerTests {

	private void connectOnce(String tag, ClientAuth auth) {
		connectOnce(tag, this.client.options().auth(auth).build());
	}

	@Test
	void basicCredentialsAreAskedForAtEveryHandshake() {
		AtomicInteger calls = new AtomicInteger();
		ClientAuth basic = ClientAuth.basic("ann", "s3cret");
		ClientAuth counted = () -> {
			calls.incrementAndGet();
			return basic.authorization();
		};
		connectOnce("basic", counted);
		connectOnce("basic", counted);
		assertThat(calls).hasValue(2);
		assertThat(this.handshakes.of("basic")).containsExactly("Basic YW5uOnMzY3JldA==", "Basic YW5uOnMzY3JldA==");
	}

	@Test
	void aBearerSupplierIsCalledBeforeEveryHandshakeIncludingARetryReconnect() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		ConnectOptions options = this.client.options()
			.auth(ClientAuth.bearer(() -> "t-" + calls.incrementAndGet()))
			.retry(RETRY)
			.build();
		assertThat(handshakesAroundAReconnect("supplier", options)).containsExactly("Bearer t-1", "Bearer t-2");
		assertThat(calls).hasValue(2);
	}

	@Test
	void authReplacesAnAuthorizationHeaderGivenThroughHeaders() {
		ConnectOptions options = this.client.options()
			.header("authorization", "Bearer stale")
			.header("X-Other", "kept")
			.bearerToken("fresh")
			.build();
		connectOnce("replaced", options);
		assertThat(this.handshakes.of("replaced")).containsExactly("Bearer fresh");
	}

	@Test
	void aSupplierThatFailsFailsTheConnectWithTheReferenceText() {
		IllegalStateException sealed = new IllegalStateException("vault sealed");
		ClientAuth failing = ClientAuth.bearer(() -> {
			throw sealed;
		});
		assertThatExceptionOfType(AuthException.class).isThrownBy(() -> connectOnce("sealed", failing))
			.withMessage("Failed to enrich request with Bearer token. vault sealed")
			.withCause(sealed);
		assertThat(this.handshakes.of("sealed")).isEmpty();
	}

	@Test
	void anUnexpectedFailureOfACustomAuthIsWrappedInAnAuthException() {
		assertThatExceptionOfType(AuthException.class).isThrownBy(() -> connectOnce("custom", () -> {
			throw new IllegalArgumentException("no such key");
		})).withMessage("Failed to enrich request with Authorization header. no such key");
		assertThat(this.handshakes.of("custom")).isEmpty();
	}

	@Test
	void anAuthFailureAtARetryReconnectEndsTheConnectionWithIt() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		ConnectOptions options = this.client.options().auth(() -> {
			if (calls.incrementAndGet() > 1) {
				throw new AuthException("Failed to enrich request with Bearer token. expired for good");
			}
			return "Bearer once";
		}).retry(RETRY).build();
		try (CuttableProxy proxy = CuttableProxy.to(this.port);
				WsConnection connection = this.client.connect("ws://127.0.0.1:" + proxy.port() + "/ws/auth/once",
						options)) {
			proxy.cut();
			assertThatExceptionOfType(ConnectionException.class).isThrownBy(connection::readTextMessage)
				.withMessage("Failed to enrich request with Bearer token. expired for good")
				.withCauseInstanceOf(AuthException.class);
		}
		assertThat(this.handshakes.of("once")).containsExactly("Bearer once");
		assertThat(calls).hasValue(2);
	}

}
