package io.wsboot.sample.echo;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's echo endpoint, over a real socket with OkHttp.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EchoTests {

	@LocalServerPort
	int port;

	@Test
	void echoesTextAndBinary() throws Exception {
		BlockingQueue<Object> received = new LinkedBlockingQueue<>();
		WebSocket webSocket = new OkHttpClient().newWebSocket(
				new Request.Builder().url("ws://127.0.0.1:" + this.port + "/ws/echo").build(), new WebSocketListener() {

					@Override
					public void onMessage(WebSocket webSocket, String text) {
						received.add(text);
					}

					@Override
					public void onMessage(WebSocket webSocket, ByteString bytes) {
						received.add(bytes);
					}

				});
		try {
			webSocket.send("hello");
			assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("hello");
			webSocket.send(ByteString.of((byte) 1, (byte) 2));
			assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(ByteString.of((byte) 1, (byte) 2));
		}
		finally {
			webSocket.close(1000, null);
		}
	}

}
