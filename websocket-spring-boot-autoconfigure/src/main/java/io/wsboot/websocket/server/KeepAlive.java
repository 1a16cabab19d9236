package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.protocol.CloseErrors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Keeps half-open connections from piling up: after each interval in which the peer sent nothing,
 * pings it; when it has still sent nothing (no pong, no message) by the next tick, the connection
 * is given up. A frame from the peer costs one volatile write; the shared {@link ConnectionTimers}
 * thread does the rest, so no connection holds a thread.
 */
final class KeepAlive {

	private static final Log logger = LogFactory.getLog(KeepAlive.class);

	private static final byte[] NO_DATA = {};

	private final ConnectionTimers timers;

	private final Duration interval;

	/** Sends a ping without blocking. */
	private final Runnable ping;

	/** Gives the connection up; called once, on the timer thread, and must not block. */
	private final Runnable unanswered;

	/** Whether the peer sent a frame since the last tick. */
	private volatile boolean heard;

	/** Whether the last tick sent a ping. Touched on the timer thread only. */
	private boolean pinged;

	/** The next tick, null once stopped. Guarded by this. */
	private @Nullable ScheduledFuture<?> tick;

	private boolean stopped;

	/**
	 * The keep-alive of a server connection: pings go through its send buffer, and a peer that does
	 * not answer hears of it through {@code onError} before the connection is dropped.
	 */
	static KeepAlive of(ServerCaller connection, Failures failures, ConnectionTimers timers, Duration interval) {
		Runnable ping = () -> {
			try {
				connection.ping(NO_DATA);
			}
			catch (WebSocketException ex) {
				logger.debug("Keep-alive ping to connection " + connection.id() + " not sent: " + ex.getMessage());
			}
		};
		Runnable unanswered = () -> timers.callback(() -> {
			failures.report(CloseErrors.noAnswerToPingWithin(interval), null);
			connection.abort();
		});
		return new KeepAlive(timers, interval, ping, unanswered);
	}

	KeepAlive(ConnectionTimers timers, Duration interval, Runnable ping, Runnable unanswered) {
		this.timers = timers;
		this.interval = interval;
		this.ping = ping;
		this.unanswered = unanswered;
	}

	void start() {
		schedule();
	}

	/** The peer sent a frame. */
	void heard() {
		this.heard = true;
	}

	synchronized void stop() {
		this.stopped = true;
		if (this.tick != null) {
			this.tick.cancel(false);
			this.tick = null;
		}
	}

	private void tick() {
		if (this.heard) {
			this.heard = false;
			this.pinged = false;
		}
		else if (this.pinged) {
			stop();
			this.unanswered.run();
			return;
		}
		else {
			this.pinged = true;
			this.ping.run();
		}
		schedule();
	}

	private synchronized void schedule() {
		if (!this.stopped) {
			this.tick = this.timers.schedule(this::tick, this.interval);
		}
	}

}
