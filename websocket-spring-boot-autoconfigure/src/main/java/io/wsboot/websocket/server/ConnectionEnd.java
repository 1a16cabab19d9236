package io.wsboot.websocket.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.Service;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The end of one connection, reported once: gives back its place at the endpoint's
 * {@link ConnectionGate}, calls {@code onClose} when the peer closed, or when the server did on its
 * own account (its shutdown, with 1001, or its user's credentials expiring, with 1008; then with
 * that code and reason, whether the peer answered or was dropped), and tells the
 * {@link ServerShutdown}. Such an {@code onClose} runs on another thread than the report, which may
 * come from inside the close frame's write (Tomcat reports the end there).
 */
final class ConnectionEnd {

	private static final Log logger = LogFactory.getLog(ConnectionEnd.class);

	private final ServerCaller connection;

	private final Service service;

	private final @Nullable ServiceMethod onClose;

	/** Set by the first report of the end, so that later ones do nothing. */
	private final AtomicBoolean reported = new AtomicBoolean();

	/** The place given back when the connection ends; null for a connection outside any endpoint (tests). */
	private volatile ConnectionGate.@Nullable Admission admission;

	/** The shutdown told of the end; null until the connection is open at an endpoint. */
	private volatile @Nullable ServerShutdown shutdown;

	/** What {@link #drop()} aborts; null until attached. */
	private volatile @Nullable Transport transport;

	/** Where the shutdown's onClose runs; set with the shutdown. */
	private volatile Executor callbacks = Runnable::run;

	/** Where the shutdown's close frame is sent: a pool that grows, as a send may wait on the peer. */
	private volatile Executor senders = Runnable::run;

	/** Schedules the close at expiry; set with the shutdown. */
	private volatile @Nullable ConnectionTimers timers;

	/** The close the server sent on its own account; null unless it closed the connection so. */
	private volatile @Nullable CloseFrame serverClose;

	/** The close scheduled for when the user's credentials expire; null when none. */
	private volatile @Nullable ScheduledFuture<?> expiry;

	ConnectionEnd(ServerCaller connection, Service service, ServiceModel model) {
		this.connection = connection;
		this.service = service;
		this.onClose = model.method(ServiceCallback.CLOSE);
	}

	/**
	 * Ties the connection to its endpoint's place and the server's shutdown, once connected.
	 * @param admission the place the handshake took
	 * @param shutdown the shutdown, told by {@link #opened()} and when the connection ends
	 * @param transport what {@link #drop()} aborts when the peer does not answer in time
	 * @param timers whose callback threads run the shutdown's {@code onClose}
	 */
	void attach(ConnectionGate.Admission admission, ServerShutdown shutdown, Transport transport,
			ConnectionTimers timers) {
		admission.connected();
		this.admission = admission;
		this.callbacks = timers::callback;
		this.senders = timers::send;
		this.timers = timers;
		this.transport = transport;
		this.shutdown = shutdown;
	}

	/**
	 * Tells the shutdown of the connection once the adapter delivers its events, after
	 * {@code onOpen}: a close sent earlier could be answered before the adapter knows where to
	 * report it. A connection opening during the shutdown is closed at once.
	 */
	void opened() {
		ServerShutdown current = this.shutdown;
		if (current != null) {
			current.opened(this.connection, this);
		}
	}

	/** Drops the connection without a close handshake, when its peer did not answer the shutdown's close. */
	void drop() {
		Transport connected = this.transport;
		if (connected != null) {
			connected.abort();
		}
	}

	/**
	 * Whether the end has been reported.
	 * @return whether the connection has ended
	 */
	boolean hasEnded() {
		return this.reported.get();
	}

	/**
	 * Closes on the server's own account on a sender thread, so that a write blocked on a peer that
	 * does not read holds up this connection only.
	 * @param frame the close frame, later passed to {@code onClose}
	 */
	void closeLater(CloseFrame frame) {
		run(this.senders, () -> close(frame));
	}

	/**
	 * Closes on the server's own account, without waiting for the peer's answer.
	 * @param frame the close frame, later passed to {@code onClose}
	 */
	void close(CloseFrame frame) {
		if (this.connection.isOpen()) {
			this.serverClose = frame;
			this.connection.closeWithoutWaiting(frame.status(), frame.reason());
		}
	}

	/**
	 * Closes on the server's own account at an instant, such as when the user's token expires;
	 * at once when it has passed. Nothing happens once the connection has ended.
	 * @param instant when to close
	 * @param frame the close frame, later passed to {@code onClose}
	 */
	void closeAt(Instant instant, CloseFrame frame) {
		ConnectionTimers scheduler = this.timers;
		if (scheduler == null) {
			return;
		}
		Duration delay = Duration.between(Instant.now(), instant);
		this.expiry = scheduler.schedule(() -> closeLater(frame), delay.isNegative() ? Duration.ZERO : delay);
		if (hasEnded()) {
			this.expiry.cancel(false);
		}
	}

	/**
	 * Reports the end of the connection; only the first call counts.
	 * @param peerClosed whether the peer started the close (or the connection dropped while open)
	 * @param statusCode the final status code
	 * @param reason the peer's reason, empty when none
	 */
	void ended(boolean peerClosed, int statusCode, String reason) {
		if (!this.reported.compareAndSet(false, true)) {
			return;
		}
		ConnectionGate.Admission place = this.admission;
		if (place != null) {
			place.release();
		}
		ScheduledFuture<?> scheduled = this.expiry;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
		CloseFrame ownClose = this.serverClose;
		if (!peerClosed && ownClose != null) {
			run(this.callbacks, () -> callOnCloseThenTellShutdown(ownClose.status(),
					Objects.requireNonNullElse(ownClose.reason(), "")));
		}
		else if (peerClosed) {
			callOnCloseThenTellShutdown(statusCode, reason);
		}
		else {
			tellShutdown();
		}
	}

	private static void run(Executor executor, Runnable task) {
		try {
			executor.execute(task);
		}
		catch (RejectedExecutionException ex) {
			task.run();
		}
	}

	private void callOnCloseThenTellShutdown(int statusCode, String reason) {
		try {
			callOnClose(statusCode, reason);
		}
		finally {
			tellShutdown();
		}
	}

	private void tellShutdown() {
		ServerShutdown current = this.shutdown;
		if (current != null) {
			current.ended(this.connection);
		}
	}

	private void callOnClose(int statusCode, String reason) {
		ServiceMethod method = this.onClose;
		if (method == null) {
			return;
		}
		this.connection.enterDispatch();
		try {
			method.invoke(this.service, CallArguments.close(this.connection, statusCode, reason));
		}
		catch (Throwable ex) {
			logger.error("onClose of connection " + this.connection.id() + " failed in " + method, ex);
		}
		finally {
			this.connection.exitDispatch();
		}
	}

}
