package io.wsboot.websocket.server;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.PayloadBindingException;
import io.wsboot.websocket.PayloadValidationException;
import io.wsboot.websocket.SendBufferOverflowException;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.protocol.CloseReasons;
import io.wsboot.websocket.protocol.WriteErrors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The failure path of one connection: {@link #fail} closes the connection with the status a failure
 * calls for (once: a later failure finds it closing) and tells {@code onError}; a payload that does
 * not bind goes to {@code on<Method>Error}, then {@code onError}, and closes with 1003 only when
 * neither exists. An {@code onError} that throws closes with 1011 and is logged.
 */
final class Failures {

	private static final Log logger = LogFactory.getLog(Failures.class);

	private static final String SEND_BUFFER_FULL = "Send buffer full";

	private static final Set<String> PEER_GONE_MESSAGES = Set.of("Connection reset", "Connection reset by peer",
			"Broken pipe");

	private final ServerCaller connection;

	private final Service service;

	private final ServiceModel model;

	Failures(ServerCaller connection, Service service, ServiceModel model) {
		this.connection = connection;
		this.service = service;
		this.model = model;
	}

	/**
	 * Fails the connection: closes it with a status and reason without waiting for the answer, then
	 * tells {@code onError} of the cause.
	 * @param statusCode the close status
	 * @param reason the close reason
	 * @param cause what went wrong
	 * @param failed the method that threw, which {@code onError} is not called for when it is
	 * {@code onError} itself; {@code null} otherwise
	 */
	void fail(int statusCode, String reason, WebSocketException cause, @Nullable ServiceMethod failed) {
		logger.debug("Closing connection " + this.connection.id() + " with " + statusCode + ": " + cause.getMessage());
		this.connection.closeWithoutWaiting(statusCode, reason);
		report(cause, failed);
	}

	/** A service method threw: 1011 {@code "Unexpected condition"}, the exception logged. */
	void methodThrew(ServiceMethod method, Throwable failure) {
		logger.error("Closing connection " + this.connection.id() + " with 1011: " + method + " threw", failure);
		String message = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getName();
		fail(CloseFrame.INTERNAL_SERVER_ERROR.status(), CloseReasons.UNEXPECTED_CONDITION,
				new WebSocketException(message, failure), method);
	}

	/** A returned stream failed: 1011 {@code "streaming failed: <message>"}. */
	void streamFailed(RuntimeException failure) {
		logger.error("Stream of connection " + this.connection.id() + " failed", failure);
		String reason = "streaming failed: " + failure.getMessage();
		fail(CloseFrame.INTERNAL_SERVER_ERROR.status(), reason, new WebSocketException(reason, failure), null);
	}

	/**
	 * A write queued in the send buffer failed, or the buffer overflowed: an overflow closes the
	 * connection with 1008 {@code "Send buffer full"}; a connection that has ended is no error (its
	 * close reports it); anything else reaches {@code onError}.
	 */
	void sendFailed(WebSocketException failure) {
		if (failure instanceof SendBufferOverflowException) {
			fail(CloseFrame.POLICY_VIOLATION.status(), SEND_BUFFER_FULL, failure, null);
		}
		else if (failure instanceof ConnectionClosureException) {
			logger.debug("Connection " + this.connection.id() + " ended before a queued write", failure);
		}
		else {
			report(failure, null);
		}
	}

	/**
	 * A payload did not bind to {@code method}'s type: its {@code on<Method>Error}, else
	 * {@code onError}, else close 1003 with the reference's cut reason.
	 */
	void bindingFailed(ServiceMethod method, PayloadBindingException failure) {
		ServiceMethod handler = this.model.errorHandlerOf(method);
		rejectPayload((handler != null) ? handler : this.model.method(ServiceCallback.ERROR), failure,
				CloseReasons.bindingFailed(String.valueOf(failure.getMessage())));
	}

	/** A payload broke its constraints: {@code onError}, else close 1003 with the violation. */
	void validationFailed(PayloadValidationException failure) {
		rejectPayload(this.model.method(ServiceCallback.ERROR), failure, String.valueOf(failure.getMessage()));
	}

	private void rejectPayload(@Nullable ServiceMethod handler, WebSocketException failure, String reason) {
		this.connection.metrics().failed(failure);
		if (handler != null) {
			callErrorHandler(handler, failure);
			return;
		}
		logger.debug("Closing connection " + this.connection.id() + ": " + failure.getMessage());
		this.connection.closeWithoutWaiting(CloseFrame.UNSUPPORTED_DATA.status(), reason);
	}

	/**
	 * The transport failed: {@code onError} hears of it as a {@link ConnectionException}, unless this
	 * side is closing the connection already (the failure is then its consequence) or the peer has
	 * just gone: the end of the stream (an {@link EOFException} from Tomcat, a
	 * {@link ClosedChannelException} from Jetty) or a reset connection, which the close with 1006 that
	 * follows reports, as on every engine.
	 */
	void transportFailed(Throwable failure) {
		if (!this.connection.isOpen()) {
			logger.debug("Connection " + this.connection.id() + " failed while closing", failure);
			return;
		}
		if (peerGone(failure)) {
			logger.debug("Connection " + this.connection.id() + " dropped", failure);
			return;
		}
		if (WriteErrors.timedOut(failure)) {
			// Tomcat reports its timed-out send here too; the send itself fails with WriteTimeoutException.
			logger.debug("Connection " + this.connection.id() + ": a send timed out", failure);
			return;
		}
		if (failure instanceof WebSocketException error) {
			report(error, null);
			return;
		}
		String detail = (failure.getMessage() != null) ? ": " + failure.getMessage() : "";
		report(new ConnectionException("IO Error" + detail, failure), null);
	}

	/** The JDK names a reset or a write to a reset connection only in the message of its IOException. */
	private static boolean peerGone(Throwable failure) {
		return failure instanceof EOFException || failure instanceof ClosedChannelException
				|| (failure instanceof IOException && PEER_GONE_MESSAGES.contains(failure.getMessage()));
	}

	/**
	 * Tells {@code onError} of a failure that has been dealt with otherwise.
	 * @param error the failure
	 * @param failed the method that threw, or {@code null}
	 */
	void report(WebSocketException error, @Nullable ServiceMethod failed) {
		this.connection.metrics().failed(error);
		ServiceMethod handler = this.model.method(ServiceCallback.ERROR);
		if (handler == null || handler == failed) {
			if (failed == null) {
				logger.debug("Error on connection " + this.connection.id() + " with no onError", error);
			}
			return;
		}
		callErrorHandler(handler, error);
	}

	private void callErrorHandler(ServiceMethod handler, WebSocketException error) {
		this.connection.enterDispatch();
		try {
			Object result = handler.invoke(this.service, CallArguments.error(this.connection, error));
			if (result instanceof CloseFrame frame) {
				this.connection.closeWithoutWaiting(frame.status(), frame.reason());
			}
		}
		catch (Throwable ex) {
			logger.error("Closing connection " + this.connection.id() + " with 1011: " + handler + " threw", ex);
			this.connection.closeWithoutWaiting(CloseFrame.INTERNAL_SERVER_ERROR.status(),
					CloseReasons.UNEXPECTED_CONDITION);
		}
		finally {
			this.connection.exitDispatch();
		}
	}

}
