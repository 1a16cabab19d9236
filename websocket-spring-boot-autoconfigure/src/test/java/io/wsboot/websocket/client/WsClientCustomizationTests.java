package io.wsboot.websocket.client;

import java.util.ArrayList;
import java.util.List;

import io.wsboot.websocket.TlsOptions;
import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.autoconfigure.WebSocketBindingAutoConfiguration;
import io.wsboot.websocket.autoconfigure.WebSocketClientAutoConfiguration;
import io.wsboot.websocket.testing.SelfSignedCertificate;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured {@link WsClient} customized by {@link WsClientCustomizer} beans, in order and
 * after wsboot's own settings, and given TLS by a Spring SSL bundle named in
 * {@code websocket.client.ssl.bundle}.
 */
class WsClientCustomizationTests extends SharedServerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketClientAutoConfiguration.class, SslAutoConfiguration.class));

	@Test
	void customizersShapeTheHandshakeInOrderAfterWsbootsSettings() {
		List<String> calls = new ArrayList<>();
		this.contextRunner.withBean("second", WsClientCustomizer.class, () -> new Second(calls))
			.withBean("first", WsClientCustomizer.class, () -> new First(calls))
			.run((context) -> {
				WsClient client = context.getBean(WsClient.class);
				try (WsConnection connection = client.connect(fixture.server.url("/echo"))) {
					connection.writeTextMessage("header:User-Agent");
					assertThat(connection.readTextMessage()).isEqualTo("orders-app/2.0");
				}
				assertThat(calls).containsExactly("first on wsboot-client", "second");
			});
	}

	@Test
	void sslBundleFromThePropertyGivesTheClientsTls() throws Exception {
		SelfSignedCertificate server = SelfSignedCertificate.localhost();
		this.contextRunner
			.withPropertyValues("spring.ssl.bundle.pem.partner.truststore.certificate=" + server.certificateLocation(),
					"websocket.client.ssl.bundle=partner")
			.run((context) -> {
				TlsOptions tls = context.getBean(WsClient.class).options().build().tls();
				assertThat(tls.bundle()).isSameAs(context.getBean(SslBundles.class).getBundle("partner"));
				assertThat(tls.verify()).isTrue();
			});
	}

	@Test
	void sslBundleBesidePemPropertiesFailsStartUpNamingBoth() {
		this.contextRunner
			.withPropertyValues("websocket.client.ssl.bundle=partner",
					"websocket.client.ssl.trusted-certificates=classpath:ca.pem")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("'websocket.client.ssl.bundle' gives the trust and key material; set it or "
						+ "'websocket.client.ssl.trusted-certificates', not both"));
	}

	@Test
	void unknownSslBundleFailsStartUp() {
		this.contextRunner.withPropertyValues("websocket.client.ssl.bundle=missing")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(NoSuchSslBundleException.class)
				.hasMessageContaining("'missing'"));
	}

	@Order(1)
	private record First(List<String> calls) implements WsClientCustomizer {

		@Override
		public void customize(org.eclipse.jetty.client.HttpClient httpClient) {
			this.calls.add("first on " + ((QueuedThreadPool) httpClient.getExecutor()).getName());
			httpClient.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "orders-app/1.0"));
		}

	}

	@Order(2)
	private record Second(List<String> calls) implements WsClientCustomizer {

		@Override
		public void customize(org.eclipse.jetty.client.HttpClient httpClient) {
			this.calls.add("second");
			httpClient.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "orders-app/2.0"));
		}

	}

}
