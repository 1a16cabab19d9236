package io.wsboot.websocket.protocol;

import java.math.BigDecimal;
import java.time.Duration;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.WebSocketException;
import org.jspecify.annotations.Nullable;

/**
 * The errors of the close handshake and of writing on a closing connection, with the reference
 * module's texts.
 */
public final class CloseErrors {

	private CloseErrors() {
	}

	/**
	 * For a status code that may not be sent.
	 * @param statusCode the code
	 * @return the error
	 */
	public static ConnectionClosureException invalidStatusCode(int statusCode) {
		return new ConnectionClosureException("Failed to execute close. Invalid status code: " + statusCode);
	}

	/**
	 * For a negative close timeout.
	 * @param timeout the timeout
	 * @return the error
	 */
	public static WebSocketException invalidTimeout(Duration timeout) {
		return new WebSocketException("Invalid timeout value: " + timeout);
	}

	/**
	 * For a second close.
	 * @return the error
	 */
	public static ConnectionClosureException alreadyClosing() {
		return new ConnectionClosureException("Close frame already sent. Cannot send close frame again.");
	}

	/**
	 * For a text write after this side's close frame.
	 * @return the error
	 */
	public static ConnectionClosureException textAfterClose() {
		return new ConnectionClosureException("Close frame already sent. Cannot push text data!");
	}

	/**
	 * For a binary or control write after this side's close frame.
	 * @return the error
	 */
	public static ConnectionClosureException binaryAfterClose() {
		return new ConnectionClosureException("Close frame already sent. Cannot push binary data.");
	}

	/**
	 * For any use of a connection that has closed.
	 * @return the error
	 */
	public static ConnectionClosureException alreadyClosed() {
		return new ConnectionClosureException("Connection already closed");
	}

	/**
	 * For a write that found the connection closed under it.
	 * @param cause the container's failure
	 * @return the error
	 */
	public static ConnectionClosureException alreadyClosed(Throwable cause) {
		return new ConnectionClosureException("Connection already closed", cause);
	}

	/**
	 * For a close that the peer answered by dropping the connection.
	 * @param cause the write failure, or {@code null}
	 * @return the error
	 */
	public static ConnectionClosureException closedWithoutEcho(@Nullable Throwable cause) {
		return new ConnectionClosureException("Connection is closed by remote endpoint without echoing a close frame",
				cause);
	}

	/**
	 * For a close whose answer did not come in time.
	 * @param timeout how long was waited
	 * @return the error
	 */
	public static ConnectionClosureException noCloseFrameWithin(Duration timeout) {
		return new ConnectionClosureException("Could not receive a WebSocket close frame from remote endpoint within "
				+ seconds(timeout) + " seconds");
	}

	/**
	 * For a peer that answered no keep-alive ping in time.
	 * @param interval the ping interval
	 * @return the error
	 */
	public static ConnectionClosureException noAnswerToPingWithin(Duration interval) {
		return new ConnectionClosureException("No answer to a ping within " + seconds(interval) + " seconds");
	}

	private static String seconds(Duration duration) {
		return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
	}

	/**
	 * For the read that meets a close frame of the peer, with the reference's text:
	 * {@code "<reason>: Status code: <code>"}, or {@code "Connection closed Status code: <code>"}
	 * without a reason.
	 * @param statusCode the peer's status code
	 * @param reason the peer's reason, or {@code null}
	 * @return the error
	 */
	public static ConnectionClosureException closedByPeer(int statusCode, @Nullable String reason) {
		String text = (reason == null || reason.isEmpty()) ? "Connection closed" : reason + ":";
		return new ConnectionClosureException(text + " Status code: " + statusCode);
	}

	/**
	 * For a read that was waiting when this side closed the connection.
	 * @return the error
	 */
	public static ConnectionClosureException closedWhileReading() {
		return new ConnectionClosureException("Connection closed");
	}

}
