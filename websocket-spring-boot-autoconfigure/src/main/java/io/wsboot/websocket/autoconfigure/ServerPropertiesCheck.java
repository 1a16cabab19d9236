package io.wsboot.websocket.autoconfigure;

import java.time.Duration;

import io.wsboot.websocket.server.SendBufferSettings;
import io.wsboot.websocket.server.ServerDefaults;

import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * Checks the {@code websocket.server.*} properties, so that a bad value stops the application with
 * a message naming the property, and turns them into the endpoints' defaults.
 */
final class ServerPropertiesCheck {

	private static final String PREFIX = "websocket.server.";

	private ServerPropertiesCheck() {
	}

	static ServerDefaults defaultsOf(WebSocketServerProperties server) {
		notNegative(server.getIdleTimeout(), "idle-timeout");
		notNegative(server.getConnectionClosureTimeout(), "connection-closure-timeout");
		notNegative(server.getPingInterval(), "ping-interval");
		Assert.state(!server.getSendTimeLimit().isNegative() && !server.getSendTimeLimit().isZero(),
				() -> "'" + PREFIX + "send-time-limit' must be positive but was " + server.getSendTimeLimit());
		positive(server.getMaxFrameSize(), "max-frame-size");
		positive(server.getMaxMessageSize(), "max-message-size");
		positive(server.getSendBufferLimit(), "send-buffer-limit");
		Assert.state(server.getMaxFrameSize().toBytes() <= Integer.MAX_VALUE,
				() -> "'" + PREFIX + "max-frame-size' must be at most 2GB but was " + server.getMaxFrameSize());
		Assert.state(server.getMaxMessageSize().toBytes() <= Integer.MAX_VALUE - 8,
				() -> "'" + PREFIX + "max-message-size' must be under 2GB but was " + server.getMaxMessageSize());
		Assert.state(server.getMaxConnections() >= 0, () -> "'" + PREFIX
				+ "max-connections' must be 0 (no limit) or positive but was " + server.getMaxConnections());
		return new ServerDefaults(server.getIdleTimeout(), (int) server.getMaxFrameSize().toBytes(),
				server.getMaxMessageSize().toBytes(), server.getConnectionClosureTimeout(), server.getSendTimeLimit(),
				new SendBufferSettings(server.getSendBufferLimit().toBytes(), server.getSendBufferOverflow()),
				server.getPingInterval(), server.getMaxConnections());
	}

	private static void notNegative(Duration value, String name) {
		Assert.state(!value.isNegative(), () -> "'" + PREFIX + name + "' must not be negative but was " + value);
	}

	private static void positive(DataSize value, String name) {
		Assert.state(value.toBytes() > 0, () -> "'" + PREFIX + name + "' must be positive but was " + value);
	}

}
