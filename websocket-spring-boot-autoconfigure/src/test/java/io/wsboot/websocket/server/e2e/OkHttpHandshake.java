package io.wsboot.websocket.server.e2e;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Opens a handshake with OkHttp and reports the HTTP response, for tests of refused handshakes.
 */
public final class OkHttpHandshake {

	private static final OkHttpClient client = new OkHttpClient.Builder().build();

	private OkHttpHandshake() {
	}

	/** The status and body of a handshake's response, and its headers when it succeeded. */
	public record Outcome(int status, String body, okhttp3.Headers headers) {

	}

	/**
	 * Attempts a handshake with headers given as name, value, … and waits at most 10 seconds.
	 * @return the response's status, body and headers
	 */
	public static Outcome attempt(int port, String path, String... headers) {
		Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + path);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		CompletableFuture<Outcome> outcome = new CompletableFuture<>();
		client.newWebSocket(request.build(), new WebSocketListener() {

			@Override
			public void onOpen(WebSocket webSocket, Response response) {
				outcome.complete(new Outcome(response.code(), "", response.headers()));
				webSocket.close(1000, null);
			}

			@Override
			public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
				if (response == null) {
					outcome.completeExceptionally(failure);
					return;
				}
				try {
					outcome.complete(new Outcome(response.code(), response.body().string(), response.headers()));
				}
				catch (java.io.IOException ex) {
					outcome.completeExceptionally(ex);
				}
			}

		});
		return outcome.orTimeout(10, TimeUnit.SECONDS).join();
	}

}
