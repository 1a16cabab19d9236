package io.wsboot.websocket.client;

import java.io.IOException;
import java.time.Duration;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.RetryOptions;
import io.wsboot.websocket.WebSocketException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Repeats a connection attempt that failed with an I/O error ({@link #isRetryable}), waiting
 * {@link BackOff#delay(int)} before each, up to {@code maxCount} attempts (0: no limit). Other
 * failures (a refused handshake, TLS, credentials refused) are not repeated. Time passes through a
 * {@link Pause}, so tests need not wait.
 */
final class Reconnector {

	private static final Log logger = LogFactory.getLog(Reconnector.class);

	private final RetryOptions retry;

	private final BackOff backOff;

	private final Pause pause;

	Reconnector(RetryOptions retry, Pause pause) {
		this.retry = retry;
		this.backOff = BackOff.of(retry);
		this.pause = pause;
	}

	/**
	 * Retries until an attempt succeeds or the attempts run out.
	 * @param <T> what an attempt opens
	 * @param target the URL, for messages
	 * @param attempt the attempt
	 * @param firstFailure the failure that made retrying necessary
	 * @return what the successful attempt opened
	 * @throws ConnectionException when the attempts run out, with the last failure as cause
	 * @throws WebSocketException when an attempt fails in a way that retrying cannot help
	 */
	<T> T retry(String target, Attempt<T> attempt, WebSocketException firstFailure) {
		WebSocketException last = firstFailure;
		for (int n = 0; this.retry.maxCount() == 0 || n < this.retry.maxCount(); n++) {
			Duration delay = this.backOff.delay(n);
			logger.info("Reconnecting to " + target + " in " + delay.toMillis() + " ms (attempt " + (n + 1)
					+ ((this.retry.maxCount() > 0) ? " of " + this.retry.maxCount() : "") + ") after: "
					+ last.getMessage());
			try {
				this.pause.pause(delay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ConnectionException("Reconnecting to " + target + " was interrupted", last);
			}
			try {
				return attempt.open();
			}
			catch (WebSocketException ex) {
				if (!isRetryable(ex)) {
					throw ex;
				}
				last = ex;
			}
		}
		throw exhausted(target, this.retry.maxCount(), last);
	}

	/**
	 * Whether another attempt may succeed where this one failed: an I/O error on the way to the
	 * server, or on the way to where the credentials come from (an authorization server that could not
	 * be reached). A refused handshake or refused credentials are final.
	 * @param failure the failure of an attempt
	 * @return whether to try again
	 */
	static boolean isRetryable(WebSocketException failure) {
		if (failure instanceof ConnectionException) {
			return true;
		}
		if (failure instanceof AuthException) {
			for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof IOException) {
					return true;
				}
			}
		}
		return false;
	}

	static ConnectionException exhausted(String target, int attempts, @Nullable Throwable last) {
		return new ConnectionException("IO Error: could not reconnect to " + target + " in " + attempts
				+ " attempts" + ((last != null) ? "; last failure: " + last.getMessage() : ""), last);
	}

	/** One connection attempt. */
	@FunctionalInterface
	interface Attempt<T> {

		T open();

	}

	/** Waits between attempts; interruptible. */
	@FunctionalInterface
	interface Pause {

		/** Blocks the calling thread. */
		Pause SLEEP = (delay) -> Thread.sleep(delay.toMillis());

		void pause(Duration delay) throws InterruptedException;

	}

}
