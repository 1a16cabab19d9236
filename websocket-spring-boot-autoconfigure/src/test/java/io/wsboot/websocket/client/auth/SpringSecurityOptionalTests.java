package io.wsboot.websocket.client.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ClientAuth;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectOptionsBuilder;
import io.wsboot.websocket.autoconfigure.WebSocketClientAutoConfiguration;
import io.wsboot.websocket.client.DefaultWsClient;
import io.wsboot.websocket.client.OAuth2Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security stays optional: the compiled classes a client without it loads name no Spring
 * Security type anywhere in their constant pools, so none can fail to link (the
 * {@code FilteredClassLoader} test of the auto-configuration cannot see that, as these classes come
 * from the application class loader).
 */
class SpringSecurityOptionalTests {

	@ParameterizedTest
	@ValueSource(classes = { ClientAuth.class, ConnectOptions.class, ConnectOptionsBuilder.class, AuthException.class,
			DefaultWsClient.class, OAuth2Tokens.class, WebSocketClientAutoConfiguration.class })
	void namesNoSpringSecurityType(Class<?> type) throws IOException {
		assertThat(constantPoolOf(type)).doesNotContain("org/springframework/security");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Handshake", "HandshakeAuth" })
	void theHandshakeNamesNoSpringSecurityType(String name) throws IOException, ClassNotFoundException {
		assertThat(constantPoolOf(Class.forName("io.wsboot.websocket.client." + name)))
			.doesNotContain("org/springframework/security");
	}

	private static String constantPoolOf(Class<?> type) throws IOException {
		String resource = type.getName().replace('.', '/') + ".class";
		try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
