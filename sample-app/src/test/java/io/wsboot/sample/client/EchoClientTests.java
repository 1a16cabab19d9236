package io.wsboot.sample.client;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/echo}, called over HTTP with the JDK's client: the controller's {@code WsClient}
 * round-trips the text through {@code /ws/echo} and its {@code PingPongService} hears the pong.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EchoClientTests {

	@LocalServerPort
	int port;

	@Test
	void roundTripsTheTextThroughTheEchoEndpointAndHearsThePong() throws Exception {
		String text = "héllo wörld & more";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/echo?text="
					+ URLEncoder.encode(text, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.isEqualTo("{\"sent\":\"héllo wörld & more\",\"received\":\"héllo wörld & more\",\"pong\":\"heartbeat\"}");
	}

}
