package io.wsboot.bench.clients;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * OkHttp's WebSocket: sends are queued (never block), echoes are queued by the listener.
 */
final class OkHttpEcho implements EchoClient {

	private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final OkHttpClient client = new OkHttpClient();

	private final WebSocket webSocket;

	OkHttpEcho(String url) throws InterruptedException {
		BlockingQueue<Object> opened = new LinkedBlockingQueue<>();
		this.webSocket = this.client.newWebSocket(new Request.Builder().url(url).build(), new WebSocketListener() {

			@Override
			public void onOpen(WebSocket webSocket, okhttp3.Response response) {
				opened.add(Boolean.TRUE);
			}

			@Override
			public void onMessage(WebSocket webSocket, String text) {
				OkHttpEcho.this.received.add(text);
			}

			@Override
			public void onFailure(WebSocket webSocket, Throwable failure, okhttp3.Response response) {
				opened.add(failure);
			}

		});
		Object outcome = opened.poll(30, TimeUnit.SECONDS);
		if (!Boolean.TRUE.equals(outcome)) {
			throw new IllegalStateException("OkHttp could not connect: " + outcome);
		}
	}

	@Override
	public void send(String text) {
		if (!this.webSocket.send(text)) {
			throw new IllegalStateException("OkHttp refused the message (queue full or closed)");
		}
	}

	@Override
	public String next() throws InterruptedException {
		String text = this.received.poll(30, TimeUnit.SECONDS);
		if (text == null) {
			throw new IllegalStateException("no echo within 30 s");
		}
		return text;
	}

	@Override
	public void close() {
		this.webSocket.close(1000, null);
		this.client.dispatcher().executorService().shutdown();
		this.client.connectionPool().evictAll();
	}

}
