package io.wsboot.websocket.server;

import java.nio.ByteBuffer;
import java.security.Principal;
import java.time.Duration;
import java.util.function.Consumer;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.connection.CloseState;
import io.wsboot.websocket.connection.ConnectionBase;
import io.wsboot.websocket.protocol.ControlFrames;
import io.wsboot.websocket.protocol.Fragments;
import io.wsboot.websocket.protocol.Utf8;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Caller} of one server connection: writes and closes through its {@link ServerWriter}
 * (and the writer's {@link CloseHandshake}), and holds the connection's idle timer and
 * {@link DispatchLock}; its attributes, the routing of {@code writeMessage} and the checks of a
 * close's arguments are {@link ConnectionBase}'s.
 */
final class ServerCaller extends ConnectionBase implements Caller {

	private static final Log logger = LogFactory.getLog(ServerCaller.class);

	private final Transport transport;

	private final PayloadBinder binder;

	private final Duration closureTimeout;

	private final int maxFrameSize;

	private final EndpointMetrics metrics;

	private final ServerWriter writer;

	private final CloseHandshake handshake;

	private final DispatchLock dispatchLock = new DispatchLock();

	/** Notified of reads and writes when the service has onIdleTimeout; null otherwise. Set once, before use. */
	private @Nullable IdleTimer idleTimer;

	/** Notified of reads when the endpoint has a ping interval; null otherwise. Set once, before use. */
	private @Nullable KeepAlive keepAlive;

	/** The handshake's authenticated user; null when none. Set once, before use. */
	private @Nullable Principal principal;

	ServerCaller(Transport transport, PayloadBinder binder, ConnectionTimers timers, Duration closureTimeout,
			int maxFrameSize, SendBufferSettings sendBuffer, EndpointMetrics metrics) {
		this.transport = transport;
		this.maxFrameSize = maxFrameSize;
		this.metrics = metrics;
		this.binder = binder;
		this.closureTimeout = closureTimeout;
		this.writer = new ServerWriter(transport, timers, sendBuffer, metrics, this.dispatchLock::isHeldByCurrentThread,
				this::touch);
		this.handshake = this.writer.handshake();
	}

	@Override
	public void writeTextMessage(String text) {
		this.writer.write((target) -> Fragments.writeText(text, this.maxFrameSize, target), () -> Utf8.length(text),
				true);
		this.metrics.sent();
	}

	@Override
	public void writeBinaryMessage(byte[] data) {
		this.writer.write((target) -> Fragments.writeBinary(data, this.maxFrameSize, target), () -> data.length,
				false);
		this.metrics.sent();
	}

	@Override
	protected String toJson(Object value) {
		return this.binder.toJson(value);
	}

	@Override
	public void ping(byte[] data) {
		ControlFrames.checkPayload("Ping", data);
		this.writer.write((target) -> target.sendPing(ByteBuffer.wrap(data)), () -> data.length, false);
	}

	@Override
	public void pong(byte[] data) {
		ControlFrames.checkPayload("Pong", data);
		this.writer.write((target) -> target.sendPong(ByteBuffer.wrap(data)), () -> data.length, false);
	}

	@Override
	public void close() {
		close(CloseFrame.NORMAL_CLOSURE.status(), null);
	}

	@Override
	public void close(int statusCode, @Nullable String reason) {
		close(statusCode, reason, this.closureTimeout);
	}

	@Override
	protected void closeChecked(int statusCode, @Nullable String reason, Duration timeout) {
		if (!this.handshake.start(statusCode, reason, timeout, true)) {
			return;
		}
		if (this.dispatchLock.isHeldByCurrentThread()) {
			this.handshake.dropIfNotClosedWithin(timeout);
			return;
		}
		this.handshake.awaitClosed(timeout);
	}

	/**
	 * Starts the close handshake without waiting for its end, for the closes the runtime itself
	 * decides on; the connection is dropped when the peer does not answer in time. Does nothing when
	 * this side has already sent a close frame.
	 * @param statusCode a valid status code
	 * @param reason the reason
	 */
	void closeWithoutWaiting(int statusCode, @Nullable String reason) {
		try {
			if (this.handshake.start(statusCode, reason, this.closureTimeout, false)) {
				this.handshake.dropIfNotClosedWithin(this.closureTimeout);
			}
		}
		catch (ConnectionClosureException ex) {
			logger.debug("Connection " + id() + " ended while closing", ex);
		}
	}

	/**
	 * Records that the connection has ended.
	 * @param statusCode the final status code: the peer's, or 1006 when the connection dropped
	 * @return whether it was still open, meaning the peer started the close or the connection dropped
	 */
	boolean markClosed(int statusCode) {
		if (this.idleTimer != null) {
			this.idleTimer.stop();
		}
		if (this.keepAlive != null) {
			this.keepAlive.stop();
		}
		CloseState.Phase previous = this.handshake.ended(statusCode);
		if (previous != CloseState.Phase.CLOSED) {
			this.metrics.closed(statusCode);
		}
		return previous == CloseState.Phase.OPEN;
	}

	void watchIdle(IdleTimer timer) {
		this.idleTimer = timer;
		timer.start();
	}

	void keepAlive(KeepAlive keepAlive) {
		this.keepAlive = keepAlive;
		keepAlive.start();
	}

	/** Records a frame from the peer, for the idle timer and the keep-alive. */
	void received() {
		touch();
		KeepAlive current = this.keepAlive;
		if (current != null) {
			current.heard();
		}
	}

	/**
	 * Drops the connection without waiting for a close handshake, as this side's decision: the end
	 * that follows does not reach {@code onClose}, which is for closes the peer starts.
	 */
	void abort() {
		this.writer.drop();
	}

	/** Records a read or write for the idle timer. */
	void touch() {
		IdleTimer timer = this.idleTimer;
		if (timer != null) {
			timer.touch();
		}
	}

	/**
	 * Sets what hears of a queued write that failed and of a send buffer overflow.
	 * @param failures the handler, called on a sender thread
	 */
	void onSendFailure(Consumer<WebSocketException> failures) {
		this.writer.onFailure(failures);
	}

	EndpointMetrics metrics() {
		return this.metrics;
	}

	/** Records that the container has closed the connection on its own, as if this side had. */
	void markClosing() {
		this.handshake.closedByContainer();
	}

	/**
	 * Sets the user of the handshake, made the current user of every service method's thread.
	 * @param user the authenticated user
	 * @param support how the user is bound to threads
	 */
	void authenticatedAs(Principal user, Principals support) {
		this.principal = user;
		this.dispatchLock.bindUser(support.threadBinding(user));
	}

	@Override
	public @Nullable Principal principal() {
		return this.principal;
	}

	/** Called before a service method of this connection runs; waits for any other to end. */
	void enterDispatch() {
		this.dispatchLock.enter();
	}

	/** Called once a service method of this connection has returned. */
	void exitDispatch() {
		this.dispatchLock.exit();
	}

	@Override
	public String id() {
		return this.transport.id();
	}

	@Override
	public boolean isOpen() {
		return this.writer.isOpen();
	}

	@Override
	public boolean isSecure() {
		return this.transport.isSecure();
	}

	@Override
	public @Nullable String negotiatedSubProtocol() {
		return this.transport.negotiatedSubProtocol();
	}

	@Override
	public String toString() {
		return "ServerCaller[id=" + id() + ", state=" + this.handshake.state().phase() + "]";
	}

}
