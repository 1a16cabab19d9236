package io.wsboot.websocket.server.e2e;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test client on the JDK's {@link WebSocket}: queues whole messages and the close it receives.
 */
public final class JdkClient implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final BlockingQueue<Object> messages = new LinkedBlockingQueue<>();

	private final BlockingQueue<byte[]> pongs = new LinkedBlockingQueue<>();

	private final CompletableFuture<Close> closed = new CompletableFuture<>();

	private final WebSocket webSocket;

	/** Whether the client answers a close frame; a peer that does not lets tests reach the closure timeout. */
	private final boolean echoClose;

	/** Whether the client reads at all; one that does not lets tests reach the send time limit. */
	private final boolean reading;

	private JdkClient(URI uri, boolean echoClose, String... subProtocols) {
		this(uri, echoClose, true, subProtocols);
	}

	private JdkClient(URI uri, boolean echoClose, boolean reading, String... subProtocols) {
		this.echoClose = echoClose;
		this.reading = reading;
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT);
		if (subProtocols.length > 0) {
			builder.subprotocols(subProtocols[0], java.util.Arrays.copyOfRange(subProtocols, 1, subProtocols.length));
		}
		this.webSocket = builder.buildAsync(uri, new Listener()).orTimeout(10, TimeUnit.SECONDS).join();
	}

	public static JdkClient connect(int port, String path, String... subProtocols) {
		return new JdkClient(URI.create("ws://127.0.0.1:" + port + path), true, subProtocols);
	}

	static JdkClient connectWithoutReading(int port, String path) {
		return new JdkClient(URI.create("ws://127.0.0.1:" + port + path), true, false);
	}

	static JdkClient connectWithoutCloseEcho(int port, String path) {
		return new JdkClient(URI.create("ws://127.0.0.1:" + port + path), false);
	}

	public WebSocket webSocket() {
		return this.webSocket;
	}

	void send(String text) {
		this.webSocket.sendText(text, true).join();
	}

	void send(byte[] data) {
		this.webSocket.sendBinary(ByteBuffer.wrap(data), true).join();
	}

	String nextText() throws InterruptedException {
		Object message = next();
		assertThat(message).isInstanceOf(String.class);
		return (String) message;
	}

	byte[] nextBinary() throws InterruptedException {
		Object message = next();
		assertThat(message).isInstanceOf(byte[].class);
		return (byte[]) message;
	}

	Object next() throws InterruptedException {
		Object message = this.messages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(message).as("a message within " + TIMEOUT).isNotNull();
		return message;
	}

	public byte[] nextPong() throws InterruptedException {
		byte[] pong = this.pongs.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(pong).as("a pong within " + TIMEOUT).isNotNull();
		return pong;
	}

	Close awaitClose() {
		return this.closed.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	BlockingQueue<Object> messages() {
		return this.messages;
	}

	/**
	 * Ends the connection politely: answers or starts the close handshake and gives the server a
	 * moment to finish it before dropping the connection.
	 */
	@Override
	public void close() {
		if (!this.closed.isDone() && !this.webSocket.isOutputClosed()) {
			this.webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "");
		}
		try {
			this.closed.get(2, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			this.webSocket.abort();
		}
	}

	/** A close frame the client received. */
	record Close(int code, String reason) {

	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

		@Override
		public void onOpen(WebSocket webSocket) {
			if (JdkClient.this.reading) {
				webSocket.request(1);
			}
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.text.append(data);
			if (last) {
				JdkClient.this.messages.add(this.text.toString());
				this.text.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
			byte[] bytes = new byte[data.remaining()];
			data.get(bytes);
			this.binary.writeBytes(bytes);
			if (last) {
				JdkClient.this.messages.add(this.binary.toByteArray());
				this.binary.reset();
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
			byte[] bytes = new byte[message.remaining()];
			message.get(bytes);
			JdkClient.this.pongs.add(bytes);
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			JdkClient.this.closed.complete(new Close(statusCode, reason));
			return JdkClient.this.echoClose ? null : new CompletableFuture<Void>();
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			JdkClient.this.closed.completeExceptionally(error);
		}

	}

}
