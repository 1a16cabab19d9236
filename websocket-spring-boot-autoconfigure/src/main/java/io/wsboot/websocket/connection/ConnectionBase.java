package io.wsboot.websocket.connection;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.WebSocketConnection;
import io.wsboot.websocket.protocol.CloseErrors;
import org.jspecify.annotations.Nullable;

/**
 * What the server's caller and the client's connection share above their writers: the attributes
 * users store on a connection, how {@link #writeMessage(Object)} chooses between text, binary and
 * JSON, and the checks of a close's arguments. Thread safe.
 */
public abstract class ConnectionBase implements WebSocketConnection {

	private final Map<String, Object> attributes = new ConcurrentHashMap<>();

	@Override
	public final void writeMessage(Object message) {
		if (message instanceof byte[] data) {
			writeBinaryMessage(data);
		}
		else {
			writeTextMessage((message instanceof String text) ? text : toJson(message));
		}
	}

	/**
	 * Writes a value as JSON text, for {@link #writeMessage(Object)}.
	 * @param value neither a {@code String} nor a {@code byte[]}
	 * @return the JSON
	 * @throws io.wsboot.websocket.PayloadBindingException when the value cannot be written as JSON
	 */
	protected abstract String toJson(Object value);

	@Override
	public final void close(int statusCode, @Nullable String reason, Duration timeout) {
		if (!CloseFrame.isValidStatusCode(statusCode)) {
			throw CloseErrors.invalidStatusCode(statusCode);
		}
		if (timeout.isNegative()) {
			throw CloseErrors.invalidTimeout(timeout);
		}
		closeChecked(statusCode, reason, timeout);
	}

	/**
	 * Closes as {@link #close(int, String, Duration)} does, its arguments checked.
	 * @param statusCode a valid status code
	 * @param reason the reason, or {@code null} for none
	 * @param timeout how long to wait for the peer, not negative
	 */
	protected abstract void closeChecked(int statusCode, @Nullable String reason, Duration timeout);

	@Override
	public final void setAttribute(String name, Object value) {
		this.attributes.put(name, value);
	}

	@Override
	public final @Nullable Object getAttribute(String name) {
		return this.attributes.get(name);
	}

	@Override
	public final @Nullable Object removeAttribute(String name) {
		return this.attributes.remove(name);
	}

}
