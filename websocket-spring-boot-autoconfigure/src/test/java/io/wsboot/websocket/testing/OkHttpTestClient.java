package io.wsboot.websocket.testing;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * OkHttp as an independent test client, which offers permessage-deflate and compresses messages of 1 KiB and more:
 * everything it receives (messages, the close, a failure) is queued as an {@link Event} in arrival order. It answers
 * the server's close with the same code.
 */
public final class OkHttpTestClient implements AutoCloseable {

	/** How long the handshake and each wait for an event may take. */
	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final OkHttpClient client = new OkHttpClient.Builder().build();

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final CompletableFuture<Response> opened = new CompletableFuture<>();

	private final WebSocket webSocket;

	private OkHttpTestClient(Request request) {
		this.webSocket = client.newWebSocket(request, new WebSocketListener() {

			@Override
			public void onOpen(WebSocket webSocket, Response response) {
				OkHttpTestClient.this.opened.complete(response);
			}

			@Override
			public void onMessage(WebSocket webSocket, String text) {
				OkHttpTestClient.this.events.add(new Event.Text(text));
			}

			@Override
			public void onMessage(WebSocket webSocket, ByteString bytes) {
				OkHttpTestClient.this.events.add(new Event.Binary(bytes.toByteArray()));
			}

			@Override
			public void onClosing(WebSocket webSocket, int code, String reason) {
				OkHttpTestClient.this.events.add(new Event.Closing(code, reason));
				webSocket.close(code, null);
			}

			@Override
			public void onFailure(WebSocket webSocket, Throwable failure, @Nullable Response response) {
				OkHttpTestClient.this.opened.completeExceptionally(failure);
				OkHttpTestClient.this.events.add(new Event.Failure(failure));
			}

		});
	}

	/** Connects to {@code ws://127.0.0.1:port/path} and waits at most {@link #TIMEOUT} for the handshake. */
	public static OkHttpTestClient connect(int port, String path) {
		return connect(port, path, new String[0]);
	}

	/**
	 * Connects to {@code ws://127.0.0.1:port/path} with handshake headers given as name, value, …
	 * and waits at most {@link #TIMEOUT} for the handshake.
	 */
	public static OkHttpTestClient connect(int port, String path, String... headers) {
		Request.Builder request = new Request.Builder().url("ws://127.0.0.1:" + port + path);
		for (int i = 0; i < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		OkHttpTestClient client = new OkHttpTestClient(request.build());
		client.opened.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
		return client;
	}

	/** A header of the server's 101 response, or {@code null}. */
	public @Nullable String responseHeader(String name) {
		return this.opened.join().header(name);
	}

	/** The {@code Sec-WebSocket-Extensions} the server answered, or {@code null}. */
	public @Nullable String extensions() {
		return this.opened.join().header("Sec-WebSocket-Extensions");
	}

	/** Queues a text message; fails once OkHttp has stopped sending. */
	public void send(String text) {
		queued(this.webSocket.send(text));
	}

	/** Queues a binary message; fails once OkHttp has stopped sending. */
	public void send(byte[] data) {
		queued(this.webSocket.send(ByteString.of(data)));
	}

	private static void queued(boolean queued) {
		if (!queued) {
			throw new IllegalStateException("OkHttp refused the message: the connection is closing or closed");
		}
	}

	/** What came next, or a failed test after {@link #TIMEOUT} without anything. */
	public Event next() throws InterruptedException {
		Event next = this.events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (next == null) {
			throw new AssertionError("Nothing from the server within " + TIMEOUT);
		}
		return next;
	}

	/** The next message, a {@code String} or a {@code byte[]}; fails the test if the connection ends first. */
	public Object nextMessage() throws InterruptedException {
		Event next = next();
		if (next instanceof Event.Text text) {
			return text.text();
		}
		if (next instanceof Event.Binary binary) {
			return binary.data();
		}
		throw new AssertionError("Expected a message but was " + next);
	}

	/**
	 * The server's close, after any messages before it.
	 * @throws CompletionException with the cause when the connection failed instead, as a future would
	 */
	public Event.Closing awaitClose() throws InterruptedException {
		Event next = next();
		while (!(next instanceof Event.Closing)) {
			if (next instanceof Event.Failure failure) {
				throw new CompletionException(failure.cause());
			}
			next = next();
		}
		return (Event.Closing) next;
	}

	@Override
	public void close() {
		this.webSocket.cancel();
	}

	/** What the client received. */
	public sealed interface Event {

		/** A text message. */
		record Text(String text) implements Event {

		}

		/** A binary message. */
		record Binary(byte[] data) implements Event {

		}

		/** The server's close frame. */
		record Closing(int code, String reason) implements Event {

		}

		/** The connection failed, without a close or after it. */
		record Failure(Throwable cause) implements Event {

		}

	}

}
