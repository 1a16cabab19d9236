package io.wsboot.websocket.client;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.wsboot.websocket.ConnectOptions;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WriteTimeoutException;
import io.wsboot.websocket.protocol.ControlFrames;
import io.wsboot.websocket.protocol.FrameSink;
import io.wsboot.websocket.protocol.Fragments;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;

/**
 * One Jetty WebSocket session of a connection (a connection with retry has one per reconnection):
 * passes Jetty's events to {@link LinkEvents} and writes frames, waiting for each.
 *
 * <p>Jetty delivers nothing until {@link #demand()} is called, once per event; the connection
 * decides when, which is how a full inbound queue pauses the socket. Public only because Jetty looks
 * up listener methods with a public lookup.
 */
public final class JettyLink implements Session.Listener {

	private static final String PERMESSAGE_DEFLATE = "permessage-deflate";

	private final LinkEvents events;

	private final ConnectOptions options;

	/** Writes frames to the session, a whole message in one frame with Jetty's whole-message calls. */
	private final FrameSink<RuntimeException> frames = new FrameSink<>() {

		@Override
		public void text(String part, boolean first, boolean last) {
			await(Callback.Completable.with((done) -> {
				if (first && last) {
					session().sendText(part, done);
				}
				else {
					session().sendPartialText(part, last, done);
				}
			}));
		}

		@Override
		public void binary(ByteBuffer part, boolean first, boolean last) {
			await(Callback.Completable.with((done) -> {
				if (first && last) {
					session().sendBinary(part, done);
				}
				else {
					session().sendPartialBinary(part, last, done);
				}
			}));
		}

	};

	/** Completes when Jetty reports the session closed, with the peer's (or Jetty's) status. */
	private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();

	/** The session; null until Jetty opens it, set once on Jetty's thread. */
	private volatile @Nullable Session session;

	/** The first error Jetty reported, mapped; null when none. */
	private volatile @Nullable WebSocketException failure;

	JettyLink(LinkEvents events, ConnectOptions options) {
		this.events = events;
		this.options = options;
	}

	@Override
	public void onWebSocketOpen(Session session) {
		session.setMaxFrameSize(this.options.maxFrameSize());
		session.setMaxTextMessageSize(this.options.maxMessageSize());
		session.setMaxBinaryMessageSize(this.options.maxMessageSize());
		session.setIdleTimeout(Duration.ZERO);
		// Without compression Jetty rejects a frame over the limit with 1009 only when it does not split
		// frames itself. With permessage-deflate it must split them: a peer may send a few kilobytes that
		// inflate to a whole message in one frame (Tomcat does), and Jetty would otherwise refuse any
		// frame that inflates past the limit; max-message-size still bounds what is held. Outgoing
		// messages are fragmented here, never above the limit.
		session.setAutoFragment(compressed(session));
		this.session = session;
		this.events.opened(this);
	}

	private static boolean compressed(Session session) {
		return session.getUpgradeResponse()
			.getExtensions()
			.stream()
			.anyMatch((extension) -> PERMESSAGE_DEFLATE.equalsIgnoreCase(extension.getName()));
	}

	@Override
	public void onWebSocketText(String message) {
		this.events.received(this, message);
	}

	@Override
	public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
		byte[] data = bytes(payload);
		callback.succeed();
		this.events.received(this, data);
	}

	@Override
	public void onWebSocketPing(ByteBuffer payload) {
		this.events.pinged(this, bytes(payload));
	}

	@Override
	public void onWebSocketPong(ByteBuffer payload) {
		this.events.ponged(this, bytes(payload));
	}

	@Override
	public void onWebSocketError(Throwable cause) {
		if (this.failure == null) {
			WebSocketException failure = JettyFailures.duringSession(cause);
			this.failure = failure;
			this.events.failed(this, failure);
		}
	}

	@Override
	public void onWebSocketClose(int statusCode, String reason, Callback callback) {
		callback.succeed();
		this.closed.complete(new CloseStatus(statusCode, reason));
		this.events.closed(this, statusCode, reason);
	}

	void demand() {
		try {
			session().demand();
		}
		catch (RuntimeException ex) {
			// A session that closed meanwhile needs no more demand.
		}
	}

	void sendText(String text) {
		Fragments.writeText(text, this.options.maxFrameSize(), this.frames);
	}

	void sendBinary(byte[] data) {
		Fragments.writeBinary(data, this.options.maxFrameSize(), this.frames);
	}

	void ping(byte[] data) {
		await(Callback.Completable.with((done) -> session().sendPing(ByteBuffer.wrap(ControlFrames.checkPayload("Ping", data)), done)));
	}

	void pong(byte[] data) {
		await(Callback.Completable.with((done) -> session().sendPong(ByteBuffer.wrap(ControlFrames.checkPayload("Pong", data)), done)));
	}

	/** Answers a ping from Jetty's thread, without waiting; a pong that cannot be sent is dropped. */
	void pongLater(byte[] data) {
		session().sendPong(ByteBuffer.wrap(ControlFrames.checkPayload("Pong", data)), Callback.NOOP);
	}

	void close(int statusCode, String reason) {
		session().close(statusCode, reason, Callback.NOOP);
	}

	void disconnect() {
		Session current = this.session;
		if (current != null) {
			current.disconnect();
		}
	}

	/**
	 * Waits for Jetty to report the session closed.
	 * @param timeout how long to wait
	 * @return whether it closed in time
	 */
	boolean awaitClosed(Duration timeout) throws InterruptedException {
		try {
			this.closed.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return true;
		}
	}

	@Nullable CloseStatus closeStatus() {
		return this.closed.getNow(null);
	}

	@Nullable WebSocketException failure() {
		return this.failure;
	}

	@Nullable String negotiatedSubProtocol() {
		return session().getUpgradeResponse().getAcceptedSubProtocol();
	}

	Map<String, List<String>> responseHeaders() {
		return session().getUpgradeResponse().getHeaders();
	}

	private Session session() {
		Session current = this.session;
		if (current == null) {
			throw new IllegalStateException("The WebSocket session is not open yet");
		}
		return current;
	}

	private void await(CompletableFuture<Void> write) {
		Duration timeout = this.options.writeTimeout();
		try {
			if (timeout != null) {
				write.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
			}
			else {
				write.get();
			}
		}
		catch (TimeoutException ex) {
			// The peer may hold part of the message: the connection cannot be trusted any more.
			disconnect();
			throw new WriteTimeoutException("Write timed out", ex);
		}
		catch (ExecutionException ex) {
			throw new LinkWriteException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WebSocketException("Interrupted while writing", ex);
		}
	}

	private static byte[] bytes(ByteBuffer payload) {
		byte[] data = new byte[payload.remaining()];
		payload.get(data);
		return data;
	}

	/** The status of a close frame, as Jetty reported it. */
	record CloseStatus(int code, String reason) {

	}

	/** A write that Jetty could not complete. */
	static final class LinkWriteException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		LinkWriteException(Throwable cause) {
			super(cause.getMessage(), cause);
		}

	}

}
