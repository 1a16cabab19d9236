package io.wsboot.websocket.server.e2e;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test client on OkHttp, which offers permessage-deflate: queues messages and the close.
 */
final class OkHttpClient implements AutoCloseable {

	private static final okhttp3.OkHttpClient client = new okhttp3.OkHttpClient.Builder().build();

	private final BlockingQueue<Object> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<JdkClient.Close> closed = new CompletableFuture<>();

	private final CompletableFuture<Response> opened = new CompletableFuture<>();

	private final WebSocket webSocket;

	private OkHttpClient(String url) {
		this.webSocket = client.newWebSocket(new Request.Builder().url(url).build(), new WebSocketListener() {

			@Override
			public void onOpen(WebSocket webSocket, Response response) {
				OkHttpClient.this.opened.complete(response);
			}

			@Override
			public void onMessage(WebSocket webSocket, String text) {
				OkHttpClient.this.messages.add(text);
			}

			@Override
			public void onMessage(WebSocket webSocket, ByteString bytes) {
				OkHttpClient.this.messages.add(bytes.toByteArray());
			}

			@Override
			public void onClosing(WebSocket webSocket, int code, String reason) {
				OkHttpClient.this.closed.complete(new JdkClient.Close(code, reason));
				webSocket.close(code, null);
			}

			@Override
			public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
				OkHttpClient.this.opened.completeExceptionally(failure);
				OkHttpClient.this.closed.completeExceptionally(failure);
			}

		});
	}

	static OkHttpClient connect(int port, String path) {
		OkHttpClient client = new OkHttpClient("ws://127.0.0.1:" + port + path);
		client.opened.orTimeout(10, TimeUnit.SECONDS).join();
		return client;
	}

	String extensions() {
		return this.opened.join().header("Sec-WebSocket-Extensions");
	}

	void send(String text) {
		assertThat(this.webSocket.send(text)).isTrue();
	}

	void send(byte[] data) {
		assertThat(this.webSocket.send(ByteString.of(data))).isTrue();
	}

	Object next() throws InterruptedException {
		Object message = this.messages.poll(JdkClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(message).as("a message within " + JdkClient.TIMEOUT).isNotNull();
		return message;
	}

	JdkClient.Close awaitClose() {
		return this.closed.orTimeout(JdkClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	@Override
	public void close() {
		this.webSocket.cancel();
	}

}
