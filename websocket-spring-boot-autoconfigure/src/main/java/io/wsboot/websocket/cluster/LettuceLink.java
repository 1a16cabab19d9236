package io.wsboot.websocket.cluster;

import io.lettuce.core.api.async.BaseRedisAsyncCommands;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.util.ClassUtils;

/**
 * Whether Lettuce's connection to Redis is down, so that a publish fails at once instead of waiting
 * in Lettuce's reconnection buffer (where it would be sent late, or time out). Other clients are
 * taken as up; their publish fails when it fails.
 */
final class LettuceLink {

	private static final boolean PRESENT = ClassUtils.isPresent("io.lettuce.core.api.async.BaseRedisAsyncCommands",
			LettuceLink.class.getClassLoader());

	private LettuceLink() {
	}

	static boolean isDown(RedisConnection connection) {
		return PRESENT && Native.isDown(connection.getNativeConnection());
	}

	/** Touches Lettuce's types only when they are on the class path. */
	private static final class Native {

		static boolean isDown(Object connection) {
			return connection instanceof BaseRedisAsyncCommands<?, ?> commands && !commands.isOpen();
		}

	}

}
