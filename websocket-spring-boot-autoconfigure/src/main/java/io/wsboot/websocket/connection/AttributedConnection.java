package io.wsboot.websocket.connection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wsboot.websocket.WebSocketConnection;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WebSocketConnection} that keeps its attributes, the values its users store on it; the
 * server's caller and the client's connection both extend it. Thread safe.
 */
public abstract class AttributedConnection implements WebSocketConnection {

	private final Map<String, Object> attributes = new ConcurrentHashMap<>();

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
