package io.wsboot.sample.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.wsboot.websocket.WsClient;
import io.wsboot.websocket.WsConnection;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/echo?text=…}: ordinary application code using the injected {@link WsClient}. It
 * connects to the sample's own {@code /ws/echo} endpoint (the {@code sample.echo-url} property),
 * sends the text, reads the echo, then pings and waits for the pong through a
 * {@link PongListener}.
 */
@RestController
class EchoClientController {

	private static final Duration PONG_TIMEOUT = Duration.ofSeconds(5);

	private final WsClient wsClient;

	private final Environment environment;

	EchoClientController(WsClient wsClient, Environment environment) {
		this.wsClient = wsClient;
		this.environment = environment;
	}

	@GetMapping("/api/echo")
	EchoResult echo(@RequestParam String text) throws InterruptedException {
		PongListener pongs = new PongListener();
		try (WsConnection connection = this.wsClient.connect(echoUrl(),
				this.wsClient.options().pingPongService(pongs).build())) {
			connection.writeTextMessage(text);
			String echoed = connection.readTextMessage();
			byte[] heartbeat = "heartbeat".getBytes(StandardCharsets.UTF_8);
			connection.ping(heartbeat);
			byte[] pong = pongs.await(PONG_TIMEOUT);
			return new EchoResult(text, echoed, (pong != null) ? new String(pong, StandardCharsets.UTF_8) : null);
		}
	}

	/** Resolved per request: {@code local.server.port} exists only once the server has started. */
	private String echoUrl() {
		return this.environment.getRequiredProperty("sample.echo-url");
	}

}
