package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * OkHttp as a second, independent client, which offers permessage-deflate and compresses messages
 * of 1 KiB and more: everything it receives, messages and the close, is queued as a {@link Received}.
 */
final class OkHttpEchoClient implements AutoCloseable {

	private static final OkHttpClient client = new OkHttpClient.Builder().build();

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final CompletableFuture<Response> opened = new CompletableFuture<>();

	private final WebSocket webSocket;

	private OkHttpEchoClient(String url) {
		this.webSocket = client.newWebSocket(new Request.Builder().url(url).build(), new WebSocketListener() {

			@Override
			public void onOpen(WebSocket webSocket, Response response) {
				OkHttpEchoClient.this.opened.complete(response);
			}

			@Override
			public void onMessage(WebSocket webSocket, String text) {
				OkHttpEchoClient.this.received
					.add(new Received.Message(Frame.TEXT, text.getBytes(StandardCharsets.UTF_8), 1));
			}

			@Override
			public void onMessage(WebSocket webSocket, ByteString bytes) {
				OkHttpEchoClient.this.received.add(new Received.Message(Frame.BINARY, bytes.toByteArray(), 1));
			}

			@Override
			public void onClosing(WebSocket webSocket, int code, String reason) {
				OkHttpEchoClient.this.received.add(new Received.Close(code, reason));
				webSocket.close(code, null);
			}

			@Override
			public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
				OkHttpEchoClient.this.opened.completeExceptionally(failure);
				OkHttpEchoClient.this.received.add(new Received.Eof());
			}

		});
	}

	static OkHttpEchoClient connect(int port, String path) {
		OkHttpEchoClient client = new OkHttpEchoClient("ws://127.0.0.1:" + port + path);
		client.opened.orTimeout(RawFrameClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
		return client;
	}

	/** The {@code Sec-WebSocket-Extensions} the server answered, or {@code null}. */
	String extensions() {
		return this.opened.join().header("Sec-WebSocket-Extensions");
	}

	/** Queues a text (valid UTF-8 only) or binary message; fails once OkHttp has stopped sending. */
	void send(int opcode, byte[] payload) {
		boolean queued = (opcode == Frame.TEXT) ? this.webSocket.send(new String(payload, StandardCharsets.UTF_8))
				: this.webSocket.send(ByteString.of(payload));
		if (!queued) {
			throw new IllegalStateException("OkHttp refused the message: the connection is closing or closed");
		}
	}

	/** What came next, or a failed test after {@link RawFrameClient#TIMEOUT} without anything. */
	Received next() throws InterruptedException {
		Received next = this.received.poll(RawFrameClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (next == null) {
			throw new AssertionError("Nothing from the server within " + RawFrameClient.TIMEOUT);
		}
		return next;
	}

	@Override
	public void close() {
		this.webSocket.cancel();
	}

}
