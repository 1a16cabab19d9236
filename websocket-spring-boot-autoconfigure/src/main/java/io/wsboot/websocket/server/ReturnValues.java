package io.wsboot.websocket.server;

import java.util.Iterator;
import java.util.stream.Stream;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.WebSocketException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Sends what a service method returned: a pong from {@code onPing}, each element of a
 * {@code Stream} or {@code Iterable} as it is produced, a {@link CloseFrame} as the close
 * handshake, anything else as one message.
 */
final class ReturnValues {

	private final ServerCaller connection;

	private final Failures failures;

	ReturnValues(ServerCaller connection, Failures failures) {
		this.connection = connection;
		this.failures = failures;
	}

	/**
	 * Sends a method's result; a write that fails is reported, a stream that fails closes with 1011.
	 * @param result what the method returned, {@code null} for nothing
	 * @param kind the kind of method
	 */
	void send(@Nullable Object result, ServiceCallback kind) {
		try {
			if (result instanceof byte[] pong && kind == ServiceCallback.PING) {
				this.connection.pong(pong);
			}
			else if (result instanceof Stream<?> stream) {
				try (stream) {
					sendAll(stream.iterator());
				}
			}
			else if (result instanceof Iterable<?> iterable && !(result instanceof JsonNode)) {
				sendAll(iterable.iterator());
			}
			else if (result != null) {
				sendOne(result);
			}
		}
		catch (WebSocketException ex) {
			this.failures.report(ex, null);
		}
	}

	private void sendAll(Iterator<?> elements) {
		while (true) {
			Object element;
			try {
				if (!elements.hasNext()) {
					return;
				}
				element = elements.next();
			}
			catch (RuntimeException ex) {
				this.failures.streamFailed(ex);
				return;
			}
			if (sendOne(element)) {
				return;
			}
		}
	}

	/** Sends one returned value; returns whether it was a close frame. */
	private boolean sendOne(Object value) {
		if (value instanceof CloseFrame frame) {
			this.connection.closeWithoutWaiting(frame.status(), frame.reason());
			return true;
		}
		this.connection.writeMessage(value);
		return false;
	}

}
