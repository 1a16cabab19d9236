package io.wsboot.websocket.client;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.PingPongService;
import io.wsboot.websocket.TypeRef;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WsConnection;
import io.wsboot.websocket.protocol.CloseErrors;
import io.wsboot.websocket.protocol.CloseReasons;
import io.wsboot.websocket.protocol.ReportedCloseCodes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WsConnection}: the state machine above one or, with retry, a series of
 * {@link JettyLink}s. Reads take from an {@link InboundQueue} shared by all links; writes go to the
 * current link one message at a time.
 *
 * <p>States: CONNECTING → OPEN ⇄ RECONNECTING (retry only), OPEN → CLOSING (this side sent a close
 * frame) → CLOSED, and CLOSED from any state when the peer closes or the attempts run out.
 */
final class ClientConnection implements WsConnection, LinkEvents {

	private static final Log logger = LogFactory.getLog(ClientConnection.class);

	private static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(60);

	private enum State {

		CONNECTING, OPEN, RECONNECTING, CLOSING, CLOSED

	}

	private final String id;

	private final URI uri;

	private final ConnectOptions options;

	private final Binding binding;

	private final LinkOpener opener;

	private final Reconnector.Pause pause;

	private final InboundQueue inbound;

	private final Map<String, Object> attributes = new ConcurrentHashMap<>();

	/** Held while a message is written, so that the fragments of two messages never interleave. */
	private final ReentrantLock writeLock = new ReentrantLock();

	/** Guards {@link #state}, {@link #link}, {@link #failure} and {@link #reconnecting}; notified on change. */
	private final Object stateLock = new Object();

	private State state = State.CONNECTING;

	/** The latest link; null until the first handshake's session opens. */
	private @Nullable JettyLink link;

	/** Why the connection ended when the attempts ran out; null otherwise. */
	private @Nullable ConnectionException failure;

	/** Whether this side started the close; then a second close or a write says "Close frame already sent". */
	private boolean closedHere;

	/** The thread reconnecting; null when none. */
	private @Nullable Thread reconnecting;

	ClientConnection(String id, URI uri, ConnectOptions options, Binding binding, LinkOpener opener,
			Reconnector.Pause pause) {
		this.id = id;
		this.uri = uri;
		this.options = options;
		this.binding = binding;
		this.opener = opener;
		this.pause = pause;
		this.inbound = new InboundQueue(options.inboundQueueCapacity());
	}

	/**
	 * Opens the first link, retrying when configured.
	 * @throws WebSocketException when no link could be opened
	 */
	void start() {
		try {
			JettyLink first;
			try {
				first = this.opener.open(this);
			}
			catch (ConnectionException ex) {
				ConnectOptions.Retry retry = this.options.retry();
				if (retry == null) {
					throw ex;
				}
				first = new Reconnector(retry, this.pause).retry(this.uri.toString(), () -> this.opener.open(this), ex);
			}
			established(first, State.CONNECTING);
		}
		catch (WebSocketException ex) {
			setState(State.CLOSED);
			throw ex;
		}
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
		write((link) -> link.sendText(text), CloseErrors::textAfterClose);
	}

	@Override
	public void writeBinaryMessage(byte[] data) {
		write((link) -> link.sendBinary(data), CloseErrors::binaryAfterClose);
	}

	@Override
	public void writeMessage(Object message) {
		if (message instanceof byte[] data) {
			writeBinaryMessage(data);
		}
		else {
			writeTextMessage((message instanceof String text) ? text : this.binding.toJson(message));
		}
	}

	@Override
	public void ping(byte[] data) {
		write((link) -> link.ping(data), CloseErrors::binaryAfterClose);
	}

	@Override
	public void pong(byte[] data) {
		write((link) -> link.pong(data), CloseErrors::binaryAfterClose);
	}

	private void write(Consumer<JettyLink> write, Supplier<ConnectionClosureException> afterClose) {
		this.writeLock.lock();
		try {
			JettyLink target = awaitOpen(null, afterClose);
			try {
				write.accept(target);
			}
			catch (JettyLink.LinkWriteException ex) {
				if (this.options.retry() == null) {
					throw writeFailure(ex, afterClose);
				}
				// Make sure the link ends as abnormally closed, which starts reconnecting, then send again once.
				target.disconnect();
				JettyLink next = awaitOpen(target, afterClose);
				try {
					write.accept(next);
				}
				catch (JettyLink.LinkWriteException again) {
					throw writeFailure(again, afterClose);
				}
			}
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private WebSocketException writeFailure(JettyLink.LinkWriteException ex, Supplier<ConnectionClosureException> afterClose) {
		synchronized (this.stateLock) {
			if (this.state == State.CLOSING) {
				return afterClose.get();
			}
			if (this.state == State.CLOSED) {
				return closedError(afterClose);
			}
		}
		return new ConnectionException("IO Error: " + ex.getMessage(), ex.getCause());
	}

	/** The error of a write on a closed connection; call holding {@link #stateLock}. */
	private WebSocketException closedError(Supplier<ConnectionClosureException> afterClose) {
		if (this.failure != null) {
			return this.failure;
		}
		return this.closedHere ? afterClose.get() : CloseErrors.alreadyClosed();
	}

	/** Waits until the connection is open on a link other than {@code stale}. */
	private JettyLink awaitOpen(@Nullable JettyLink stale, Supplier<ConnectionClosureException> afterClose) {
		synchronized (this.stateLock) {
			while (true) {
				switch (this.state) {
					case OPEN -> {
						if (this.link != stale && this.link != null) {
							return this.link;
						}
					}
					case CLOSING -> throw afterClose.get();
					case CLOSED -> throw closedError(afterClose);
					default -> {
					}
				}
				try {
					this.stateLock.wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new WebSocketException("Interrupted while waiting for the connection", ex);
				}
			}
		}
	}

	// Close

	@Override
	public void close() {
		synchronized (this.stateLock) {
			if (this.state == State.CLOSING || this.state == State.CLOSED) {
				return;
			}
		}
		close(CloseFrame.NORMAL_CLOSURE.status(), null, DEFAULT_CLOSE_TIMEOUT);
	}

	@Override
	public void close(int statusCode, @Nullable String reason) {
		close(statusCode, reason, DEFAULT_CLOSE_TIMEOUT);
	}

	@Override
	public void close(int statusCode, @Nullable String reason, Duration timeout) {
		if (!CloseFrame.isValidStatusCode(statusCode)) {
			throw CloseErrors.invalidStatusCode(statusCode);
		}
		if (timeout.isNegative()) {
			throw CloseErrors.invalidTimeout(timeout);
		}
		JettyLink target;
		boolean open;
		synchronized (this.stateLock) {
			if (this.state == State.CLOSING || (this.state == State.CLOSED && this.closedHere)) {
				throw CloseErrors.alreadyClosing();
			}
			if (this.state == State.CLOSED) {
				throw CloseErrors.alreadyClosed();
			}
			this.closedHere = true;
			open = this.state == State.OPEN;
			target = this.link;
			this.state = open ? State.CLOSING : State.CLOSED;
			if (this.reconnecting != null) {
				this.reconnecting.interrupt();
			}
			this.stateLock.notifyAll();
		}
		boolean paused = this.inbound.closeLocally();
		if (!open || target == null) {
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
			setState(State.CLOSED);
		}
	}

	// Link events, on Jetty's threads

	@Override
	public void opened(JettyLink opened) {
		synchronized (this.stateLock) {
			this.link = opened;
		}
		if (this.inbound.mayRead()) {
			opened.demand();
		}
	}

	@Override
	public void received(JettyLink from, Object message) {
		if (this.inbound.offer(message)) {
			from.demand();
		}
	}

	@Override
	public void pinged(JettyLink from, byte[] data) {
		byte[] pong = data;
		PingPongService service = this.options.pingPongService();
		if (service != null) {
			try {
				pong = service.onPing(this, data);
			}
			catch (RuntimeException ex) {
				logger.error("PingPongService.onPing failed on connection " + this.id + "; answering with the ping's payload", ex);
			}
		}
		try {
			if (pong != null) {
				from.pongLater(pong);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Could not answer a ping on connection " + this.id, ex);
		}
		from.demand();
	}

	@Override
	public void ponged(JettyLink from, byte[] data) {
		PingPongService service = this.options.pingPongService();
		if (service != null) {
			try {
				service.onPong(this, data);
			}
			catch (RuntimeException ex) {
				logger.error("PingPongService.onPong failed on connection " + this.id, ex);
			}
		}
		from.demand();
	}

	@Override
	public void failed(JettyLink from, WebSocketException failure) {
		if (!(failure instanceof ConnectionException)) {
			// A frame too large or malformed: readers learn it now, not after the close handshake.
			this.inbound.end(failure);
		}
	}

	@Override
	public void closed(JettyLink from, int statusCode, String reason) {
		synchronized (this.stateLock) {
			if (from != this.link || this.state == State.CONNECTING || this.state == State.RECONNECTING) {
				// A stale link, or one still being set up: established() looks at its status.
				return;
			}
		}
		ended(from, statusCode, reason);
	}

	private void ended(JettyLink from, int statusCode, String reason) {
		WebSocketException failureOfLink = from.failure();
		synchronized (this.stateLock) {
			if (this.state == State.CLOSING || this.state == State.CLOSED) {
				this.state = State.CLOSED;
				this.stateLock.notifyAll();
				return;
			}
			ConnectOptions.Retry retry = this.options.retry();
			if (statusCode == ReportedCloseCodes.ABNORMAL_CLOSURE && retry != null) {
				this.state = State.RECONNECTING;
				ConnectionException cause = (failureOfLink instanceof ConnectionException io) ? io
						: new ConnectionException("IO Error: connection closed abnormally (1006): " + reason);
				startReconnecting(retry, cause);
				this.stateLock.notifyAll();
				return;
			}
			this.state = State.CLOSED;
			this.stateLock.notifyAll();
		}
		boolean specific = failureOfLink != null && !(failureOfLink instanceof ConnectionException);
		this.inbound.end(specific ? failureOfLink : CloseErrors.closedByPeer(statusCode, reason));
	}

	private void startReconnecting(ConnectOptions.Retry retry, ConnectionException cause) {
		Thread thread = new Thread(() -> reconnect(retry, cause), "wsboot-reconnect-" + this.id);
		thread.setDaemon(true);
		this.reconnecting = thread;
		thread.start();
	}

	private void reconnect(ConnectOptions.Retry retry, ConnectionException cause) {
		try {
			JettyLink next = new Reconnector(retry, this.pause).retry(this.uri.toString(), () -> this.opener.open(this),
					cause);
			established(next, State.RECONNECTING);
		}
		catch (WebSocketException ex) {
			ConnectionException exhausted;
			synchronized (this.stateLock) {
				if (this.state != State.RECONNECTING) {
					return;
				}
				this.state = State.CLOSED;
				exhausted = (ex instanceof ConnectionException io) ? io : new ConnectionException(ex.getMessage(), ex);
				this.failure = exhausted;
				this.stateLock.notifyAll();
			}
			this.inbound.end(exhausted);
		}
		finally {
			synchronized (this.stateLock) {
				this.reconnecting = null;
			}
		}
	}

	/** A handshake succeeded: open, unless closed meanwhile; then handle a close that came early. */
	private void established(JettyLink opened, State expected) {
		synchronized (this.stateLock) {
			if (this.state != expected) {
				opened.disconnect();
				return;
			}
			this.link = opened;
			this.state = State.OPEN;
			this.stateLock.notifyAll();
		}
		JettyLink.CloseStatus early = opened.closeStatus();
		if (early != null) {
			ended(opened, early.code(), early.reason());
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
		synchronized (this.stateLock) {
			return this.state == State.OPEN;
		}
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
	public void setAttribute(String name, Object value) {
		this.attributes.put(name, value);
	}

	@Override
	public @Nullable Object getAttribute(String name) {
		return this.attributes.get(name);
	}

	@Override
	public @Nullable Object removeAttribute(String name) {
		return this.attributes.remove(name);
	}

	@Override
	public String toString() {
		return "WsConnection[" + this.id + " " + this.uri + "]";
	}

	private @Nullable JettyLink currentLink() {
		synchronized (this.stateLock) {
			return this.link;
		}
	}

	private void setState(State state) {
		synchronized (this.stateLock) {
			this.state = state;
			this.stateLock.notifyAll();
		}
	}

	/** Opens a new link whose events go to a connection; blocks for the handshake. */
	@FunctionalInterface
	interface LinkOpener {

		JettyLink open(LinkEvents events);

	}

}
