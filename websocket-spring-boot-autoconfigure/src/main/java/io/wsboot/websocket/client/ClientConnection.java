package io.wsboot.websocket.client;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.TypeRef;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.connection.ConnectionBase;
import io.wsboot.websocket.connection.OutboundWriter;
import io.wsboot.websocket.protocol.CloseErrors;
import io.wsboot.websocket.protocol.CloseReasons;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WsConnection} above one or, with retry, a series of {@link JettyLink}s, whose
 * {@link ClientState} says which link is current. Reads take from an {@link InboundQueue} shared by
 * all links; writes go through the shared {@link OutboundWriter} to the current link one message at a
 * time, with retry sent once more on the next link when one fails. Its attributes, the routing of
 * {@code writeMessage} and the checks of a close's arguments are {@link ConnectionBase}'s.
 */
final class ClientConnection extends ConnectionBase implements WsConnection {

	private static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(60);

	private final String id;

	private final URI uri;

	private final ConnectOptions options;

	private final Binding binding;

	private final InboundQueue inbound;

	private final ClientState state = new ClientState();

	private final OutboundWriter<JettyLink> writer;

	private final ClientLinks links;

	private final ClientMetrics metrics;

	ClientConnection(String id, URI uri, ConnectOptions options, Binding binding, LinkOpener opener,
			Reconnector.Pause pause, ClientMetrics metrics) {
		this.id = id;
		this.uri = uri;
		this.options = options;
		this.binding = binding;
		this.metrics = metrics;
		this.inbound = new InboundQueue(options.inboundQueueCapacity());
		// With retry, a link that fails a write is dropped, which starts a reconnection, and the write goes to the next.
		@Nullable Consumer<JettyLink> retry = (options.retry() != null) ? JettyLink::disconnect : null;
		this.writer = new OutboundWriter<>(this.state, retry);
		this.links = new ClientLinks(uri, options, opener, pause, this.inbound, this.state,
				new PingPongCalls(this, id, options.pingPongService()), "wsboot-reconnect-" + id, metrics);
	}

	/**
	 * Opens the first link, retrying when configured.
	 * @throws WebSocketException when no link could be opened
	 */
	void start() {
		this.links.start();
	}

	// Reads

	@Override
	public String readTextMessage() {
		return (String) read(InboundQueue.Kind.TEXT);
	}

	@Override
	public byte[] readBinaryMessage() {
		return (byte[]) read(InboundQueue.Kind.BINARY);
	}

	@Override
	public Object readMessage() {
		return read(InboundQueue.Kind.ANY);
	}

	@Override
	public <T> T readMessage(Class<T> type) {
		return readBound(type);
	}

	@Override
	public <T> T readMessage(TypeRef<T> type) {
		return readBound(type.type());
	}

	@SuppressWarnings("unchecked")
	private <T> T readBound(Type type) {
		Binding.Target target = this.binding.target(type);
		return (T) target.bind(read(InboundQueue.Kind.ANY));
	}

	private Object read(InboundQueue.Kind kind) {
		return this.inbound.take(kind, this.options.readTimeout(), this::resumeReading);
	}

	private void resumeReading() {
		JettyLink current = currentLink();
		if (current != null) {
			current.demand();
		}
	}

	// Writes

	@Override
	public void writeTextMessage(String text) {
		this.writer.write((link) -> link.sendText(text), true);
		this.metrics.sent();
	}

	@Override
	public void writeBinaryMessage(byte[] data) {
		this.writer.write((link) -> link.sendBinary(data), false);
		this.metrics.sent();
	}

	@Override
	protected String toJson(Object value) {
		return this.binding.toJson(value);
	}

	@Override
	public void ping(byte[] data) {
		this.writer.write((link) -> link.ping(data), false);
	}

	@Override
	public void pong(byte[] data) {
		this.writer.write((link) -> link.pong(data), false);
	}

	// Close

	@Override
	public void close() {
		if (this.state.isClosingOrClosed()) {
			return;
		}
		close(CloseFrame.NORMAL_CLOSURE.status(), null, DEFAULT_CLOSE_TIMEOUT);
	}

	@Override
	public void close(int statusCode, @Nullable String reason) {
		close(statusCode, reason, DEFAULT_CLOSE_TIMEOUT);
	}

	@Override
	protected void closeChecked(int statusCode, @Nullable String reason, Duration timeout) {
		JettyLink target = this.state.startClose();
		boolean paused = this.inbound.closeLocally();
		if (target == null) {
			return;
		}
		if (paused) {
			target.demand();
		}
		try {
			target.close(statusCode, CloseReasons.fit(reason));
			if (!target.awaitClosed(timeout)) {
				target.disconnect();
				throw CloseErrors.noCloseFrameWithin(timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			target.disconnect();
			throw new ConnectionClosureException("Interrupted while waiting for the close frame", ex);
		}
		finally {
			this.state.ended();
		}
	}

	/** For testing: how many received messages wait for a reader. */
	int queuedMessages() {
		return this.inbound.size();
	}

	// Details

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public boolean isOpen() {
		return this.state.isOpen();
	}

	@Override
	public boolean isSecure() {
		return "wss".equalsIgnoreCase(this.uri.getScheme());
	}

	@Override
	public @Nullable String negotiatedSubProtocol() {
		JettyLink current = currentLink();
		return (current != null) ? current.negotiatedSubProtocol() : null;
	}

	@Override
	public Map<String, List<String>> handshakeResponseHeaders() {
		JettyLink current = currentLink();
		return (current != null) ? current.responseHeaders() : Map.of();
	}

	@Override
	public @Nullable String handshakeResponseHeader(String name) {
		return handshakeResponseHeaders().entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
			.map((entry) -> entry.getValue().get(0))
			.findFirst()
			.orElse(null);
	}

	@Override
	public String toString() {
		return "WsConnection[" + this.id + " " + this.uri + "]";
	}

	private @Nullable JettyLink currentLink() {
		return this.state.link();
	}

	/** Opens a new link whose events go to a connection; blocks for the handshake. */
	@FunctionalInterface
	interface LinkOpener {

		JettyLink open(LinkEvents events);

	}

}
