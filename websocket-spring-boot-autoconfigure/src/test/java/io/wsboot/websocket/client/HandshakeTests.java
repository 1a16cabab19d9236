package io.wsboot.websocket.client;

import java.net.HttpCookie;
import java.util.List;

import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.InvalidHandshakeException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WsConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The opening handshake: request headers, authentication, cookies, sub-protocols, refusals and the
 * details of an open connection, against an independent Jetty server.
 */
class HandshakeTests extends SharedServerTests {

	private String headerSeenByServer(io.wsboot.websocket.ConnectOptions options, String name) {
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/echo"), options)) {
			connection.writeTextMessage("header:" + name);
			return connection.readTextMessage();
		}
	}

	@Test
	void headersAuthenticationAndCookiesReachTheServer() {
		assertThat(headerSeenByServer(fixture.client.options().header("X-Trace", "abc").build(), "X-Trace"))
			.isEqualTo("abc");
		assertThat(headerSeenByServer(fixture.client.options().basicAuth("ann", "s3cret").build(), "Authorization"))
			.isEqualTo("Basic YW5uOnMzY3JldA==");
		assertThat(headerSeenByServer(fixture.client.options().bearerToken("t0ken").build(), "Authorization"))
			.isEqualTo("Bearer t0ken");
		HttpCookie session = new HttpCookie("session", "42");
		session.setPath("/echo/long");
		HttpCookie theme = new HttpCookie("theme", "dark");
		theme.setPath("/");
		assertThat(headerSeenByServer(fixture.client.options().cookies(List.of(session, theme)).build(), "Cookie"))
			.isEqualTo("theme=dark; session=42");
	}

	@Test
	void theAgreedSubProtocolIsExposed() {
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/chat"),
				fixture.client.options().subProtocols("chat", "superchat").build())) {
			assertThat(connection.negotiatedSubProtocol()).isEqualTo("chat");
		}
		try (WsConnection connection = fixture.client.connect(fixture.server.url("/chat"))) {
			assertThat(connection.negotiatedSubProtocol()).isNull();
		}
	}

	@Test
	void aSubProtocolTheServerDoesNotAcceptFailsTheHandshake() {
		assertThatExceptionOfType(InvalidHandshakeException.class)
			.isThrownBy(() -> fixture.client.connect(fixture.server.url("/echo"),
					fixture.client.options().subProtocols("xml", "json").build()))
			.withMessage("Invalid subprotocol. Actual: null. Expected one of: xml,json");
	}

	@Test
	void aRefusedUpgradeCarriesTheStatus() {
		assertThatExceptionOfType(InvalidHandshakeException.class)
			.isThrownBy(() -> fixture.client.connect(fixture.server.url("/forbidden")))
			.withMessage("Invalid handshake response getStatus: 403 Forbidden")
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(403));
		assertThatExceptionOfType(InvalidHandshakeException.class)
			.isThrownBy(() -> fixture.client.connect(fixture.server.url("/nowhere")))
			.withMessage("Invalid handshake response getStatus: 404 Not Found")
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(404));
	}

	@Test
	void aServerThatIsNotThereOrAMalformedUrlFailsClearly() throws Exception {
		int port;
		try (RawTestServer closed = RawTestServer.start(RawTestServer.Mode.HANG_UP)) {
			port = closed.port();
		}
		assertThatExceptionOfType(ConnectionException.class)
			.isThrownBy(() -> fixture.client.connect("ws://127.0.0.1:" + port + "/echo"))
			.withMessageStartingWith("IO Error: ws://127.0.0.1:" + port + "/echo: ");
		assertThatExceptionOfType(WebSocketException.class).isThrownBy(() -> fixture.client.connect("http://x/y"))
			.withMessageStartingWith("Malformed URL: http://x/y");
		assertThatExceptionOfType(WebSocketException.class).isThrownBy(() -> fixture.client.connect("ws://bad host"))
			.withMessageStartingWith("Malformed URL: ws://bad host");
	}

	@Test
	void anOpenConnectionTellsItsDetails() {
		try (WsConnection first = fixture.client.connect(fixture.server.url("/echo"));
				WsConnection second = fixture.client.connect(fixture.server.url("/echo"))) {
			assertThat(first.id()).isNotBlank().isNotEqualTo(second.id());
			assertThat(first.isOpen()).isTrue();
			assertThat(first.isSecure()).isFalse();
			assertThat(first.handshakeResponseHeader("upgrade")).isEqualToIgnoringCase("websocket");
			assertThat(first.handshakeResponseHeaders()).containsKey("Sec-WebSocket-Accept");
			first.setAttribute("user", "ann");
			assertThat(first.getAttribute("user")).isEqualTo("ann");
			assertThat(second.getAttribute("user")).isNull();
			assertThat(first.removeAttribute("user")).isEqualTo("ann");
			assertThat(first.getAttribute("user")).isNull();
		}
	}

}
