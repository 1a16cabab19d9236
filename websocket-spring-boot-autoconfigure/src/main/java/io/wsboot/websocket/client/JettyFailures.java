package io.wsboot.websocket.client;

import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.util.List;

import javax.net.ssl.SSLException;

import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.CorruptedFrameException;
import io.wsboot.websocket.InvalidHandshakeException;
import io.wsboot.websocket.PayloadTooLargeException;
import io.wsboot.websocket.SslException;
import io.wsboot.websocket.WebSocketException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.websocket.api.exceptions.MessageTooLargeException;
import org.eclipse.jetty.websocket.api.exceptions.ProtocolException;
import org.eclipse.jetty.websocket.api.exceptions.UpgradeException;
import org.jspecify.annotations.Nullable;

/**
 * Turns Jetty's failures into wsboot's exceptions, with the reference's texts where it has them. A
 * {@link ConnectionException} means an I/O failure, which retry may repair. Stateless.
 */
final class JettyFailures {

	private static final String CLOSED_BY_SERVER = "the server closed the connection";

	/** What Jetty's TLS layer says when the connection ends before the handshake does. */
	private static final String ABRUPTLY_CLOSED = "Abruptly closed by peer";

	private JettyFailures() {
	}

	/**
	 * A failed opening handshake.
	 * @param uri where the client connected
	 * @param failure what Jetty reported
	 * @return the exception to throw
	 */
	static WebSocketException duringHandshake(URI uri, Throwable failure) {
		SSLException ssl = find(failure, SSLException.class);
		if (ssl != null && !isConnectionLoss(ssl)) {
			return new SslException("TLS handshake with " + uri.getHost() + ":" + port(uri) + " failed: "
					+ deepestMessage(ssl), failure);
		}
		UpgradeException upgrade = find(failure, UpgradeException.class);
		if (upgrade != null && upgrade.getResponseStatusCode() > 0 && upgrade.getResponseStatusCode() != 101) {
			int status = upgrade.getResponseStatusCode();
			return new InvalidHandshakeException(
					"Invalid handshake response getStatus: " + status + " " + HttpStatus.getMessage(status), status,
					failure);
		}
		IOException io = find(failure, IOException.class);
		if (io != null) {
			return new ConnectionException("IO Error: " + uri + ": " + deepestMessage(io), failure);
		}
		return new InvalidHandshakeException("Invalid handshake response: " + deepestMessage(failure), failure);
	}

	/**
	 * An error of an open session.
	 * @param failure what Jetty reported
	 * @return the exception a read meets
	 */
	static WebSocketException duringSession(Throwable failure) {
		if (failure instanceof MessageTooLargeException) {
			return new PayloadTooLargeException(failure.getMessage(), failure);
		}
		if (failure instanceof ProtocolException) {
			return new CorruptedFrameException(failure.getMessage(), failure);
		}
		return new ConnectionException("IO Error: " + deepestMessage(failure), failure);
	}

	static InvalidHandshakeException subProtocolMismatch(@Nullable String actual, List<String> expected) {
		return new InvalidHandshakeException(
				"Invalid subprotocol. Actual: " + actual + ". Expected one of: " + String.join(",", expected));
	}

	/**
	 * Whether a TLS failure is the connection going away during the handshake rather than a refused
	 * certificate or protocol: Jetty's "Abruptly closed by peer", or an I/O error such as a broken pipe
	 * as the cause. Like any I/O error it is a {@link ConnectionException}, which retry may repair.
	 */
	private static boolean isConnectionLoss(SSLException ssl) {
		if (ABRUPTLY_CLOSED.equals(ssl.getMessage())) {
			return true;
		}
		for (Throwable cause = ssl.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException && !(cause instanceof SSLException)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static int port(URI uri) {
		return (uri.getPort() != -1) ? uri.getPort() : 443;
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

	/**
	 * The message of the deepest cause that has one. An end of stream says that the server closed the
	 * connection: the message of Jetty's {@code EofException} is a dump of its connection objects.
	 */
	private static String deepestMessage(Throwable failure) {
		String message = failure.toString();
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof EOFException) {
				message = CLOSED_BY_SERVER;
			}
			else if (current.getMessage() != null) {
				message = current.getMessage();
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return message;
	}

}
