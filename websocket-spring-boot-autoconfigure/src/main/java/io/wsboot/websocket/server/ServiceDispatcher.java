package io.wsboot.websocket.server;

import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.function.Consumer;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.PayloadTooLargeException;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.binding.PayloadBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Receives the events of one connection from its transport adapter and calls the service through
 * {@link ServiceCalls}, one call at a time, in arrival order: messages are joined from their parts
 * and bound by {@link MessageBinding}, what methods return is sent by {@link ReturnValues}, and
 * every failure goes to {@link Failures} (a method that throws closes the connection with 1011 and
 * never stops the server).
 */
public final class ServiceDispatcher {

	private static final Log logger = LogFactory.getLog(ServiceDispatcher.class);

	private final ServerCaller connection;

	private final ServiceModel model;

	private final MessageAggregator aggregator;

	private final Failures failures;

	private final ServiceCalls calls;

	private final MessageBinding binding;

	private final ConnectionEnd end;

	ServiceDispatcher(ServerCaller connection, Service service, ServiceModel model, PayloadBinder binder,
			EndpointSettings settings) {
		this(connection, service, model, binder, settings, EndpointObserver.NONE);
	}

	ServiceDispatcher(ServerCaller connection, Service service, ServiceModel model, PayloadBinder binder,
			EndpointSettings settings, EndpointObserver observer) {
		this.connection = connection;
		this.model = model;
		this.aggregator = new MessageAggregator(settings.maxMessageSize());
		this.failures = new Failures(connection, service, model);
		connection.onSendFailure(this.failures::sendFailed);
		this.calls = new ServiceCalls(connection, service, this.failures, settings.path(), observer);
		this.binding = new MessageBinding(model, binder, settings, this.failures);
		this.end = new ConnectionEnd(connection, service, model);
	}

	/**
	 * Calls {@code onIdleTimeout} after each period without reads or writes, when the service has it.
	 * @param timeout the idle period; zero for none
	 * @param timers the shared timers
	 */
	void watchIdle(Duration timeout, ConnectionTimers timers) {
		ServiceMethod method = this.model.method(ServiceCallback.IDLE_TIMEOUT);
		if (method != null && !timeout.isZero()) {
			this.connection.watchIdle(new IdleTimer(timers, timeout, () -> onIdle(method)));
		}
	}

	/**
	 * Pings the peer after each interval in which it sent nothing, and drops the connection when it
	 * does not answer by the next one; {@code onError} is told.
	 * @param interval the ping interval; zero for none
	 * @param timers the shared timers
	 */
	void keepAlive(Duration interval, ConnectionTimers timers) {
		if (!interval.isZero()) {
			this.connection.keepAlive(KeepAlive.of(this.connection, this.failures, timers, interval));
		}
	}

	private void onIdle(ServiceMethod method) {
		if (this.connection.isOpen()) {
			this.calls.call(method, null, ServiceCallback.IDLE_TIMEOUT);
		}
	}

	/**
	 * The handshake has completed and the adapter reports the connection's events here; once
	 * {@code onOpen} has run, the server's shutdown knows of the connection.
	 */
	public void onOpen() {
		ServiceMethod method = this.model.method(ServiceCallback.OPEN);
		if (method != null) {
			this.calls.call(method, null, ServiceCallback.OPEN);
		}
		this.end.opened();
	}

	/**
	 * A whole text message arrived.
	 * @param text the message
	 */
	void onText(String text) {
		this.connection.metrics().received();
		callBound(this.binding.text(text));
	}

	/**
	 * A part of a text message arrived (see {@link #onPart}).
	 * @param part the part
	 * @param last whether it ends the message
	 */
	public void onTextPart(String part, boolean last) {
		onPart(() -> this.aggregator.text(part, last), this::onText);
	}

	/**
	 * A part of a binary message arrived (see {@link #onPart}).
	 * @param part the part, read to its end
	 * @param last whether it ends the message
	 */
	public void onBinaryPart(ByteBuffer part, boolean last) {
		onPart(() -> this.aggregator.binary(part, last), this::onBinary);
	}

	/**
	 * The container has closed the connection over a protocol violation, such as a frame larger
	 * than {@code max-frame-size} (1009); {@code onError} is told, {@code onClose} is not.
	 * @param failure what the peer did wrong
	 */
	public void onProtocolError(WebSocketException failure) {
		logger.debug("Connection " + this.connection.id() + " closed by the container: " + failure.getMessage());
		this.connection.markClosing();
		this.failures.report(failure, null);
	}

	/**
	 * The peer broke the protocol and the transport leaves the answer to the core, after the
	 * messages that came before: the connection is closed with the status the violation calls for
	 * (1002, 1007, or 1009 for a frame or message over the limit) and {@code onError} is told.
	 * @param statusCode the close status
	 * @param failure what the peer did wrong
	 */
	public void onProtocolViolation(int statusCode, WebSocketException failure) {
		this.failures.fail(statusCode, String.valueOf(failure.getMessage()), failure, null);
	}

	/**
	 * A part of a text message arrived as UTF-8 bytes (see {@link #onPart}).
	 * @param part the bytes, read to their end
	 * @param last whether they end the message
	 */
	public void onTextBytesPart(ByteBuffer part, boolean last) {
		onPart(() -> this.aggregator.textBytes(part, last), this::onText);
	}

	/**
	 * Takes a part of a message: the message is handled once its last part is in; a message over
	 * the limit closes the connection with 1009 and reaches {@code onError}.
	 */
	private <T> void onPart(Assembly<T> assembly, Consumer<T> handle) {
		this.connection.received();
		if (!this.connection.isOpen()) {
			return;
		}
		T message;
		try {
			message = assembly.next();
		}
		catch (PayloadTooLargeException ex) {
			this.failures.fail(CloseFrame.MESSAGE_TOO_BIG.status(), String.valueOf(ex.getMessage()), ex, null);
			return;
		}
		if (message != null) {
			handle.accept(message);
		}
	}

	/**
	 * A whole binary message arrived.
	 * @param data the message
	 */
	void onBinary(byte[] data) {
		this.connection.metrics().received();
		callBound(this.binding.binary(data));
	}

	/**
	 * A ping arrived; answered with a pong of the same payload unless the service has {@code onPing}.
	 * @param payload the payload, read to its end
	 */
	public void onPing(ByteBuffer payload) {
		byte[] data = bytes(payload);
		this.connection.received();
		ServiceMethod method = this.model.method(ServiceCallback.PING);
		if (method != null) {
			this.calls.call(method, data, ServiceCallback.PING);
		}
		else if (this.connection.isOpen()) {
			this.connection.pong(data);
		}
	}

	/**
	 * A pong arrived.
	 * @param payload the payload, read to its end
	 */
	public void onPong(ByteBuffer payload) {
		byte[] data = bytes(payload);
		this.connection.received();
		ServiceMethod method = this.model.method(ServiceCallback.PONG);
		if (method != null) {
			this.calls.call(method, data, ServiceCallback.PONG);
		}
	}

	/**
	 * The transport failed, for example on an I/O error. The end of the stream (an
	 * {@link EOFException} from Tomcat, a {@link ClosedChannelException} from Jetty) is not an
	 * error: the dropped connection is reported by {@link #onClosed(int, String)} with 1006.
	 * @param failure what failed
	 */
	public void onTransportError(Throwable failure) {
		this.failures.transportFailed(failure);
	}

	/**
	 * The connection has ended: the peer's close frame arrived (1005 when it had no code), the close
	 * this side started completed, or the connection dropped (1006). Only the first two cases reach
	 * {@code onClose}; so does the end of a connection the server's shutdown closed, with 1001 (see
	 * {@link ConnectionEnd}).
	 * @param statusCode the status code
	 * @param reason the reason, empty when none
	 */
	public void onClosed(int statusCode, String reason) {
		this.end.ended(this.connection.markClosed(statusCode), statusCode, reason);
	}

	ConnectionEnd end() {
		return this.end;
	}

	private void callBound(MessageBinding.@Nullable Bound bound) {
		if (bound != null) {
			this.calls.call(bound.method(), bound.payload(), ServiceCallback.MESSAGE);
		}
	}

	private static byte[] bytes(ByteBuffer buffer) {
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	/** The aggregator's step for one part: the whole message once its last part is in, else null. */
	@FunctionalInterface
	private interface Assembly<T> {

		@Nullable T next();

	}

}
