package io.wsboot.websocket.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bearer token of a WebSocket handshake, from the {@code Authorization} header or offered as a
 * sub-protocol after {@code bearer}.
 */
class SubProtocolBearerTokenResolverTests {

	private final SubProtocolBearerTokenResolver resolver = new SubProtocolBearerTokenResolver();

	@Test
	void tokenAfterBearerInTheOfferedSubProtocols() {
		assertThat(this.resolver.resolve(upgrade("chat, bearer, eyJhbGci.eyJzdWIi.c2ln")))
			.isEqualTo("eyJhbGci.eyJzdWIi.c2ln");
	}

	@Test
	void tokenInASecondHeaderLine() {
		MockHttpServletRequest request = upgrade("chat");
		request.addHeader("Sec-WebSocket-Protocol", "bearer, abc-123_~+/==");
		assertThat(this.resolver.resolve(request)).isEqualTo("abc-123_~+/==");
	}

	@Test
	void authorizationHeaderComesFirst() {
		MockHttpServletRequest request = upgrade("bearer, from-protocol");
		request.addHeader("Authorization", "Bearer from-header");
		assertThat(this.resolver.resolve(request)).isEqualTo("from-header");
	}

	@Test
	void noneWithoutBearerOrOutsideAHandshake() {
		assertThat(this.resolver.resolve(upgrade("chat, v2"))).isNull();
		MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/ws");
		plain.addHeader("Sec-WebSocket-Protocol", "bearer, abc");
		assertThat(this.resolver.resolve(plain)).isNull();
	}

	@Test
	void bearerWithoutAWellFormedTokenIsMalformed() {
		for (String offered : new String[] { "bearer", "bearer, a=b" }) {
			assertThatExceptionOfType(OAuth2AuthenticationException.class)
				.isThrownBy(() -> this.resolver.resolve(upgrade(offered)))
				.withMessage("Bearer token is malformed");
		}
	}

	private static MockHttpServletRequest upgrade(String protocols) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ws");
		request.addHeader("Upgrade", "websocket");
		request.addHeader("Sec-WebSocket-Protocol", protocols);
		return request;
	}

}
