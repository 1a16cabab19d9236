package io.wsboot.websocket.client;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ClientAuth;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.autoconfigure.WebSocketBindingAutoConfiguration;
import io.wsboot.websocket.autoconfigure.WebSocketClientAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured {@link WsClient} on a class path without any Spring Security jar (the Maven
 * execution {@code without-spring-security} removes them; elsewhere these tests are skipped): it
 * starts, sends basic and bearer credentials to an independent Jetty server, and {@code oauth2}
 * fails with an {@link AuthException} saying what is missing, never a {@code NoClassDefFoundError}.
 */
@EnabledIfSystemProperty(named = "wsboot.without-spring-security", matches = "true")
class WithoutSpringSecurityTests extends SharedServerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(WebSocketBindingAutoConfiguration.class, WebSocketClientAutoConfiguration.class));

	private static String authorizationSeenByServer(WsClient client, ConnectOptions options) {
		try (WsConnection connection = client.connect(fixture.server.url("/echo"), options)) {
			connection.writeTextMessage("header:Authorization");
			return connection.readTextMessage();
		}
	}

	@Test
	void springSecurityIsNotOnTheClassPath() {
		assertThat(ClassUtils.isPresent("org.springframework.security.core.Authentication", null)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.security.oauth2.jwt.JwtEncoder", null)).isFalse();
	}

	@Test
	void theClientSendsCredentialsAndSaysWhatOAuth2Lacks() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(WsClient.class);
			WsClient client = context.getBean(WsClient.class);
			assertThat(authorizationSeenByServer(client, client.options().basicAuth("ann", "s3cret").build()))
				.isEqualTo("Basic YW5uOnMzY3JldA==");
			ConnectOptions supplied = client.options().auth(ClientAuth.bearer(() -> "fresh")).build();
			assertThat(authorizationSeenByServer(client, supplied)).isEqualTo("Bearer fresh");
			ConnectOptions oauth2 = client.options().oauth2("partner").build();
			assertThatExceptionOfType(AuthException.class)
				.isThrownBy(() -> client.connect(fixture.server.url("/echo"), oauth2))
				.withMessage("Failed to enrich request with OAuth2 token. Client registration 'partner' cannot be "
						+ "used: spring-security-oauth2-client is not on the class path");
		});
	}

}
