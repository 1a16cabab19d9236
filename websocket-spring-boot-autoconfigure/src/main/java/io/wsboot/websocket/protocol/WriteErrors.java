package io.wsboot.websocket.protocol;

import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;

import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WriteTimeoutException;

/**
 * The API's exception for a write that a transport failed, never the container's own: a send over
 * the time limit is a {@link WriteTimeoutException}, a connection the container found closed under
 * the write (a {@link ClosedChannelException}, or an {@link IllegalStateException} as Tomcat throws)
 * is {@code "Connection already closed"}, anything else a {@link ConnectionException}.
 */
public final class WriteErrors {

	private WriteErrors() {
	}

	/**
	 * Maps a failed write.
	 * @param failure what the transport threw
	 * @return the exception to throw
	 */
	public static WebSocketException of(Throwable failure) {
		if (timedOut(failure)) {
			return new WriteTimeoutException("Write timed out", failure);
		}
		if (failure instanceof ClosedChannelException || failure instanceof IllegalStateException) {
			return CloseErrors.alreadyClosed(failure);
		}
		String detail = (failure.getMessage() != null) ? ": " + failure.getMessage() : "";
		return new ConnectionException("IO Error" + detail, failure);
	}

	/**
	 * Containers report a send over the time limit as a SocketTimeoutException, sometimes wrapped.
	 * @param failure what the container threw or reported
	 * @return whether it is a timed-out send
	 */
	public static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
