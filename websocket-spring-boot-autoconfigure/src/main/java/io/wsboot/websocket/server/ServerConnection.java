package io.wsboot.websocket.server;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WriteTimeoutException;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.protocol.CloseErrors;
import io.wsboot.websocket.protocol.CloseReasons;
import io.wsboot.websocket.protocol.ControlFrames;
import io.wsboot.websocket.protocol.Fragments;
import io.wsboot.websocket.protocol.ReportedCloseCodes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Caller} of one server connection: writes one frame at a time over its
 * {@link Transport}, and keeps the close state.
 */
final class ServerConnection implements Caller {

	private static final Log logger = LogFactory.getLog(ServerConnection.class);

	/** The status a container reports for a connection that ended without a close frame. */
	private final Transport transport;

	private final PayloadBinder binder;

	private final ConnectionTimers timers;

	private final Duration closureTimeout;

	private final int maxFrameSize;

	private final ConnectionRegistry registry;

	private final EndpointMetrics metrics;

	/** Held while a frame is written, so that frames never interleave. */
	private final ReentrantLock writeLock = new ReentrantLock();

	/** OPEN, then CLOSING once this side sent a close frame, then CLOSED. Changed by CAS. */
	private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);

	/** Completed with the final status code when the connection has ended, whoever closed it. */
	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final Map<String, Object> attributes = new ConcurrentHashMap<>();

	/** Whether this side has sent a close frame. Written under writeLock. */
	private volatile boolean closeSent;

	/** Notified of reads and writes when the service has onIdleTimeout; null otherwise. Set once, before use. */
	private @Nullable IdleTimer idleTimer;

	/** Held while a service method runs, so that a connection's methods never overlap. */
	private final ReentrantLock dispatchLock = new ReentrantLock();

	ServerConnection(Transport transport, PayloadBinder binder, ConnectionTimers timers, Duration closureTimeout,
			int maxFrameSize, ConnectionRegistry registry, EndpointMetrics metrics) {
		this.transport = transport;
		this.maxFrameSize = maxFrameSize;
		this.registry = registry;
		this.metrics = metrics;
		this.binder = binder;
		this.timers = timers;
		this.closureTimeout = closureTimeout;
	}

	@Override
	public void writeTextMessage(String text) {
		List<String> parts = Fragments.ofText(text, this.maxFrameSize);
		write(() -> {
			if (parts.size() == 1) {
				this.transport.sendText(text);
				return;
			}
			for (int i = 0; i < parts.size(); i++) {
				this.transport.sendTextPart(parts.get(i), i == 0, i == parts.size() - 1);
			}
		}, true);
		this.metrics.sent();
	}

	@Override
	public void writeBinaryMessage(byte[] data) {
		write(() -> {
			if (data.length <= this.maxFrameSize) {
				this.transport.sendBinary(ByteBuffer.wrap(data));
				return;
			}
			for (int offset = 0; offset < data.length; offset += this.maxFrameSize) {
				int length = Math.min(this.maxFrameSize, data.length - offset);
				this.transport.sendBinaryPart(ByteBuffer.wrap(data, offset, length), offset == 0,
						offset + length == data.length);
			}
		}, false);
		this.metrics.sent();
	}

	@Override
	public void writeMessage(Object message) {
		if (message instanceof byte[] bytes) {
			writeBinaryMessage(bytes);
		}
		else {
			writeTextMessage((message instanceof String text) ? text : this.binder.toJson(message));
		}
	}

	@Override
	public void ping(byte[] data) {
		ControlFrames.checkPayload("Ping", data);
		write(() -> this.transport.sendPing(ByteBuffer.wrap(data)), false);
	}

	@Override
	public void pong(byte[] data) {
		ControlFrames.checkPayload("Pong", data);
		write(() -> this.transport.sendPong(ByteBuffer.wrap(data)), false);
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
	public void close(int statusCode, @Nullable String reason, Duration timeout) {
		if (!CloseFrame.isValidStatusCode(statusCode)) {
			throw CloseErrors.invalidStatusCode(statusCode);
		}
		if (timeout.isNegative()) {
			throw CloseErrors.invalidTimeout(timeout);
		}
		if (this.closeSent) {
			throw CloseErrors.alreadyClosing();
		}
		if (!startClose(statusCode, reason, timeout, true)) {
			return;
		}
		if (this.dispatchLock.isHeldByCurrentThread()) {
			dropIfNotClosedWithin(timeout);
			return;
		}
		awaitClosed(timeout);
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
			if (startClose(statusCode, reason, this.closureTimeout, false)) {
				dropIfNotClosedWithin(this.closureTimeout);
			}
		}
		catch (ConnectionClosureException ex) {
			logger.debug("Connection " + id() + " ended while closing", ex);
		}
	}

	private boolean startClose(int statusCode, @Nullable String reason, Duration timeout, boolean failIfSent) {
		this.writeLock.lock();
		try {
			if (this.closeSent) {
				if (failIfSent) {
					throw CloseErrors.alreadyClosing();
				}
				return false;
			}
			if (!this.state.compareAndSet(State.OPEN, State.CLOSING)) {
				return false;
			}
			this.closeSent = true;
			try {
				this.transport.sendClose(statusCode, CloseReasons.fit(reason), timeout);
			}
			catch (IOException | RuntimeException ex) {
				this.transport.abort();
				throw CloseErrors.closedWithoutEcho(ex);
			}
			return true;
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private void dropIfNotClosedWithin(Duration timeout) {
		if (!this.closed.isDone()) {
			this.timers.schedule(() -> {
				if (!this.closed.isDone()) {
					this.transport.abort();
				}
			}, timeout);
		}
	}

	private void awaitClosed(Duration timeout) {
		CompletableFuture<Integer> answer = this.closed.copy();
		// The deadline settles the answer before it aborts, so the 1006 of the abort is not taken for the answer.
		ScheduledFuture<?> deadline = this.timers.schedule(() -> {
			if (answer.completeExceptionally(new TimeoutException())) {
				this.transport.abort();
			}
		}, timeout);
		int statusCode;
		try {
			statusCode = answer.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConnectionClosureException("Interrupted while waiting for the close frame", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof TimeoutException) {
				throw CloseErrors.noCloseFrameWithin(timeout);
			}
			throw new ConnectionClosureException("Close failed", ex.getCause());
		}
		finally {
			deadline.cancel(false);
		}
		if (statusCode == ReportedCloseCodes.ABNORMAL_CLOSURE) {
			throw CloseErrors.closedWithoutEcho(null);
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
		State previous = this.state.getAndSet(State.CLOSED);
		if (previous != State.CLOSED) {
			this.registry.remove(this);
			this.metrics.closed(statusCode);
		}
		this.closed.complete(statusCode);
		return previous == State.OPEN;
	}

	void watchIdle(IdleTimer timer) {
		this.idleTimer = timer;
		timer.start();
	}

	/** Records a read or write for the idle timer. */
	void touch() {
		IdleTimer timer = this.idleTimer;
		if (timer != null) {
			timer.touch();
		}
	}

	EndpointMetrics metrics() {
		return this.metrics;
	}

	/** Records that the container has closed the connection on its own, as if this side had. */
	void markClosing() {
		this.closeSent = true;
		this.state.compareAndSet(State.OPEN, State.CLOSING);
	}

	/** Called before a service method of this connection runs; waits for any other to end. */
	void enterDispatch() {
		this.dispatchLock.lock();
	}

	void exitDispatch() {
		this.dispatchLock.unlock();
	}

	@Override
	public String id() {
		return this.transport.id();
	}

	@Override
	public boolean isOpen() {
		return this.state.get() == State.OPEN;
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

	private void write(Send send, boolean text) {
		this.writeLock.lock();
		try {
			State current = this.state.get();
			if (current != State.OPEN) {
				throw (current == State.CLOSING || this.closeSent)
						? (text ? CloseErrors.textAfterClose() : CloseErrors.binaryAfterClose())
						: CloseErrors.alreadyClosed();
			}
			sendOrThrowApiException(send);
			touch();
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private void sendOrThrowApiException(Send send) {
		try {
			send.run();
		}
		catch (IOException | RuntimeException ex) {
			throw writeFailed(ex);
		}
	}

	/**
	 * The API's exception for a failed write: a container that finds the connection closed under
	 * the write says so with a {@link ClosedChannelException} or an {@link IllegalStateException}.
	 */
	private WebSocketException writeFailed(Exception failure) {
		if (timedOut(failure)) {
			this.transport.abort();
			return new WriteTimeoutException("Write timed out", failure);
		}
		if (failure instanceof ClosedChannelException || failure instanceof IllegalStateException) {
			return CloseErrors.alreadyClosed(failure);
		}
		return new ConnectionException("IO Error" + ((failure.getMessage() != null) ? ": " + failure.getMessage() : ""),
				failure);
	}

	/** Containers report a send over the time limit as a SocketTimeoutException, sometimes wrapped. */
	private static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return "ServerConnection[id=" + id() + ", state=" + this.state.get() + "]";
	}

	private enum State {

		OPEN, CLOSING, CLOSED

	}

	@FunctionalInterface
	private interface Send {

		void run() throws IOException;

	}

}
