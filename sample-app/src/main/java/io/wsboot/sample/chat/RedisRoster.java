package io.wsboot.sample.chat;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The rooms of every instance (the {@code cluster} profile): one Redis set of nicknames per room, so that
 * each instance's members see everyone, wherever they connected. A sample's simplicity: the members of
 * an instance that crashes stay in the sets.
 */
@Component
@Profile("cluster")
class RedisRoster implements Roster {

	private static final String KEY = "wsboot-sample:room:";

	private final StringRedisTemplate redis;

	RedisRoster(StringRedisTemplate redis) {
		this.redis = redis;
	}

	@Override
	public List<String> members(String room) {
		Set<String> members = this.redis.opsForSet().members(KEY + room);
		return (members != null) ? members.stream().sorted().toList() : List.of();
	}

	@Override
	public void join(String room, String nick) {
		this.redis.opsForSet().add(KEY + room, nick);
	}

	@Override
	public void leave(String room, String nick) {
		this.redis.opsForSet().remove(KEY + room, nick);
	}

}
