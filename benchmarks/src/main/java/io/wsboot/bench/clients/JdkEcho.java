package io.wsboot.bench.clients;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's {@code java.net.http.WebSocket}: each send waits for the previous one, as its API
 * requires; echoes are queued by the listener.
 */
final class JdkEcho implements EchoClient {

	private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final WebSocket webSocket;

	JdkEcho(String url) {
		this.webSocket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener()).join();
	}

	@Override
	public void send(String text) {
		this.webSocket.sendText(text, true).join();
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
		this.webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder parts = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.parts.append(data);
			if (last) {
				JdkEcho.this.received.add(this.parts.toString());
				this.parts.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

	}

}
