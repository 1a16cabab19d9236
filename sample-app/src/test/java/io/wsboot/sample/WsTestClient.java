package io.wsboot.sample;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OkHttp WebSocket for the sample's tests: queues text messages, the close, or the refused
 * handshake's status and body.
 */
public final class WsTestClient implements AutoCloseable {

	private static final OkHttpClient client = new OkHttpClient();

	private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<String> closed = new CompletableFuture<>();

	private final CompletableFuture<String> opened = new CompletableFuture<>();

	private final WebSocket webSocket;

	private WsTestClient(Request request) {
		this.webSocket = client.newWebSocket(request, new WebSocketListener() {

			@Override
			public void onOpen(WebSocket webSocket, Response response) {
				WsTestClient.this.opened.complete("101");
			}

			@Override
			public void onMessage(WebSocket webSocket, String text) {
				WsTestClient.this.messages.add(text);
			}

			@Override
			public void onClosing(WebSocket webSocket, int code, String reason) {
				WsTestClient.this.closed.complete(code + " " + reason);
				webSocket.close(code, null);
			}

			@Override
			public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
				String outcome = "failed";
				if (response != null) {
					try {
						outcome = response.code() + " " + response.body().string();
					}
					catch (java.io.IOException ex) {
						outcome = response.code() + "";
					}
				}
				WsTestClient.this.opened.complete(outcome);
				WsTestClient.this.closed.complete(outcome);
			}

		});
	}

	/** Opens a connection and returns once the handshake is answered. */
	public static WsTestClient connect(int port, String path) {
		return connect(new Request.Builder().url("ws://localhost:" + port + path).build());
	}

	/** Opens a connection as a user with HTTP Basic and returns once the handshake is answered. */
	public static WsTestClient connectAs(String user, String password, int port, String path) {
		return connect(new Request.Builder().url("ws://localhost:" + port + path)
			.header("Authorization", Credentials.basic(user, password))
			.build());
	}

	private static WsTestClient connect(Request request) {
		WsTestClient client = new WsTestClient(request);
		client.opened.orTimeout(10, TimeUnit.SECONDS).join();
		return client;
	}

	/** {@code 101}, or the status and body of a refused handshake. */
	public String handshake() {
		return this.opened.join();
	}

	public void send(String text) {
		assertThat(this.webSocket.send(text)).isTrue();
	}

	public String next() throws InterruptedException {
		String message = this.messages.poll(10, TimeUnit.SECONDS);
		assertThat(message).as("a message within 10 s").isNotNull();
		return message;
	}

	/** The close code and reason the server sent. */
	public String awaitClose() {
		return this.closed.orTimeout(10, TimeUnit.SECONDS).join();
	}

	@Override
	public void close() {
		this.webSocket.close(1000, null);
	}

}
