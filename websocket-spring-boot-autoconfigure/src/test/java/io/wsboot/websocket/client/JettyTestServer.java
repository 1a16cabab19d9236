package io.wsboot.websocket.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.wsboot.websocket.testing.SelfSignedCertificate;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An independent WebSocket server for the client tests: Jetty 12's own server API, no wsboot code.
 * {@code /echo} echoes and obeys commands ({@code ping:<payload>}, {@code close:<code>:<reason>},
 * {@code fragments:<chars>:<text>}, {@code frag:<text>} (echoed in frames of 100 characters), {@code binfragments:<size>:<length>}, {@code burst:<n>},
 * {@code flood:<n>:<size>}, {@code binary-then-text}, {@code header:<name>}, {@code json:<json>});
 * {@code /frames} reports the frames of each message; {@code /chat} agrees the
 * sub-protocol {@code chat} when asked; {@code /stalled} never reads; {@code /forbidden} answers 403.
 * While {@link #stallEchoes(boolean) echoes are stalled}, new {@code /echo} sessions never read either.
 */
final class JettyTestServer implements AutoCloseable {

	private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

	private final AtomicInteger floodSent = new AtomicInteger();

	private final List<Session> sessions = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final SslContextFactory.@Nullable Server ssl;

	private @Nullable Server server;

	private int port;

	private volatile boolean echoesStalled;

	JettyTestServer(SslContextFactory.@Nullable Server ssl) {
		this.ssl = ssl;
	}

	/**
	 * The TLS of a server that presents the given certificate.
	 * @param presented the server's certificate and key
	 * @param trustedClient the client certificate the server needs, or {@code null} for no client
	 * authentication
	 * @return the server's TLS settings
	 */
	static SslContextFactory.Server tls(SelfSignedCertificate presented, @Nullable SelfSignedCertificate trustedClient)
			throws GeneralSecurityException, IOException {
		SslContextFactory.Server factory = new SslContextFactory.Server();
		factory.setKeyStore(presented.keyStore());
		factory.setKeyStorePassword(presented.password());
		if (trustedClient != null) {
			factory.setTrustStore(trustedClient.trustStore());
			factory.setNeedClientAuth(true);
		}
		return factory;
	}

	static JettyTestServer start() throws Exception {
		JettyTestServer server = new JettyTestServer(null);
		server.start(0);
		return server;
	}

	void start(int port) throws Exception {
		Server server = new Server();
		ServerConnector connector = (this.ssl != null) ? new ServerConnector(server, this.ssl)
				: new ServerConnector(server);
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		server.addConnector(connector);
		ContextHandler context = new ContextHandler("/");
		context.setHandler(WebSocketUpgradeHandler.from(server, context, (container) -> {
			container.setMaxTextMessageSize(16 * 1024 * 1024);
			container.setMaxBinaryMessageSize(16 * 1024 * 1024);
			container.addMapping("/echo", (request, response, callback) -> this.echoesStalled ? new StalledEndpoint()
					: new CommandEndpoint());
			container.addMapping("/frames", (request, response, callback) -> new FramesEndpoint());
			container.addMapping("/stalled", (request, response, callback) -> new StalledEndpoint());
			container.addMapping("/chat", (request, response, callback) -> {
				if (request.getSubProtocols().contains("chat")) {
					response.setAcceptedSubProtocol("chat");
				}
				return new CommandEndpoint();
			});
			container.addMapping("/forbidden", (request, response, callback) -> {
				response.setStatus(403);
				callback.succeeded();
				return null;
			});
		}));
		server.setHandler(context);
		server.start();
		this.server = server;
		this.port = connector.getLocalPort();
	}

	/** Makes new {@code /echo} sessions never read (the client's writes back up), or echo again. */
	void stallEchoes(boolean stalled) {
		this.echoesStalled = stalled;
	}

	/** Drops every connection without a close frame (the client sees 1006), then stops. */
	void crash() throws Exception {
		this.sessions.forEach(Session::disconnect);
		stop();
	}

	void stop() throws Exception {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	int port() {
		return this.port;
	}

	String url(String path) {
		return ((this.ssl != null) ? "wss" : "ws") + "://127.0.0.1:" + this.port + path;
	}

	/**
	 * Waits for the next event that starts with a prefix, skipping others (the server is shared by the
	 * tests of a class, so events of earlier tests may still be queued).
	 */
	String awaitEvent(String prefix) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (true) {
			String event = this.events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			assertThat(event).as("a server event starting with '" + prefix + "' within 10 s").isNotNull();
			if (event.startsWith(prefix)) {
				return event;
			}
		}
	}

	int floodSent() {
		return this.floodSent.get();
	}

	@Override
	public void close() throws Exception {
		stop();
	}

	/** Echoes, and obeys the commands listed on the class. */
	public final class CommandEndpoint implements Session.Listener.AutoDemanding {

		private @Nullable Session session;

		@Override
		public void onWebSocketOpen(Session session) {
			this.session = session;
			JettyTestServer.this.sessions.add(session);
		}

		@Override
		public void onWebSocketText(String message) {
			Session session = this.session;
			String[] parts = message.split(":", 3);
			switch (parts[0]) {
				case "ping" -> session.sendPing(utf8(parts[1]), Callback.NOOP);
				case "close" -> session.close(Integer.parseInt(parts[1]), parts[2], Callback.NOOP);
				case "frag" -> sendFragments(session, 100, message.substring("frag:".length()));
				case "fragments" -> sendFragments(session, Integer.parseInt(parts[1]), parts[2]);
				case "binfragments" -> sendBinaryFragments(session, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
				case "burst" -> {
					for (int i = 0; i < Integer.parseInt(parts[1]); i++) {
						session.sendText("m" + i, Callback.NOOP);
					}
				}
				case "flood" -> flood(session, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
				case "binary-then-text" -> {
					session.sendBinary(ByteBuffer.wrap(new byte[] { 1, 2, 3 }), Callback.NOOP);
					session.sendText("after", Callback.NOOP);
				}
				case "header" -> session.sendText(String.valueOf(session.getUpgradeRequest().getHeader(parts[1])),
						Callback.NOOP);
				case "json" -> session.sendText(message.substring("json:".length()), Callback.NOOP);
				case "json-binary" -> session.sendBinary(utf8(message.substring("json-binary:".length())), Callback.NOOP);
				default -> session.sendText(message, Callback.NOOP);
			}
		}

		@Override
		public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
			ByteBuffer copy = ByteBuffer.allocate(payload.remaining()).put(payload).flip();
			callback.succeed();
			this.session.sendBinary(copy, Callback.NOOP);
		}

		@Override
		public void onWebSocketPong(ByteBuffer payload) {
			JettyTestServer.this.events.add("pong:" + StandardCharsets.UTF_8.decode(payload));
		}

		@Override
		public void onWebSocketClose(int statusCode, String reason, Callback callback) {
			JettyTestServer.this.events.add("closed:" + statusCode + ":" + reason);
			callback.succeed();
		}

		private void flood(Session session, int count, int size) {
			String message = "x".repeat(size);
			for (int i = 0; i < count; i++) {
				session.sendText(message, Callback.from(JettyTestServer.this.floodSent::incrementAndGet, (ex) -> {
				}));
			}
		}

	}

	/**
	 * Reports each message's frames: {@code text sizes=[..] body=<text>} (Jetty hands over a frame of
	 * text whole unless it ends inside a character, so a split character would show in the sizes).
	 */
	public final class FramesEndpoint implements Session.Listener.AutoDemanding {

		private final List<Integer> sizes = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private int binaryLength;

		private @Nullable Session session;

		@Override
		public void onWebSocketOpen(Session session) {
			this.session = session;
		}

		@Override
		public void onWebSocketPartialText(String payload, boolean last) {
			this.sizes.add(payload.getBytes(StandardCharsets.UTF_8).length);
			this.text.append(payload);
			if (last) {
				report("text sizes=" + this.sizes + " body=" + this.text);
				this.text.setLength(0);
			}
		}

		@Override
		public void onWebSocketPartialBinary(ByteBuffer payload, boolean last, Callback callback) {
			this.sizes.add(payload.remaining());
			this.binaryLength += payload.remaining();
			callback.succeed();
			if (last) {
				report("binary sizes=" + this.sizes + " length=" + this.binaryLength);
				this.binaryLength = 0;
			}
		}

		private void report(String report) {
			this.sizes.clear();
			sendFragments(this.session, 1, report);
		}

	}

	/** Never asks for a frame, so never reads: the client's writes back up. */
	public final class StalledEndpoint implements Session.Listener {

		@Override
		public void onWebSocketOpen(Session session) {
			JettyTestServer.this.sessions.add(session);
			JettyTestServer.this.events.add("stalled-open");
		}

	}

	private static void sendFragments(Session session, int codePoints, String text) {
		int start = 0;
		while (start < text.length()) {
			int end = Math.min(text.length(), text.offsetByCodePoints(start, Math.min(codePoints, text.codePointCount(start, text.length()))));
			session.sendPartialText(text.substring(start, end), end == text.length(), Callback.NOOP);
			start = end;
		}
	}

	private static void sendBinaryFragments(Session session, int size, int length) {
		byte[] data = new byte[length];
		for (int i = 0; i < length; i++) {
			data[i] = (byte) i;
		}
		for (int start = 0; start < length; start += size) {
			int end = Math.min(length, start + size);
			session.sendPartialBinary(ByteBuffer.wrap(data, start, end - start), end == length, Callback.NOOP);
		}
	}

	private static ByteBuffer utf8(String text) {
		return StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
	}

}
