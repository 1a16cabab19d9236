package io.wsboot.websocket.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code websocket.cluster.*} properties: cluster mode, in which broadcasts reach the connections
 * of every instance of the application through Redis pub/sub (Redis itself is configured by
 * {@code spring.data.redis.*}).
 */
@ConfigurationProperties("websocket.cluster")
public class WebSocketClusterProperties {

	/**
	 * Whether broadcasts to the connections a lookup chose reach the matching connections of the other
	 * instances too, through Redis pub/sub (needs spring-boot-starter-data-redis).
	 */
	private boolean enabled;

	/**
	 * Redis channel shared by the instances of one application; applications on one Redis need
	 * different channels. By default "wsboot:" followed by spring.application.name ("application"
	 * when unset).
	 */
	private @Nullable String channel;

	/**
	 * Whether the application fails to start when Redis cannot be reached at start-up; when false it
	 * starts, and broadcasts stay on this instance until Redis can be reached.
	 */
	private boolean failFast = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getChannel() {
		return this.channel;
	}

	public void setChannel(@Nullable String channel) {
		this.channel = channel;
	}

	public boolean isFailFast() {
		return this.failFast;
	}

	public void setFailFast(boolean failFast) {
		this.failFast = failFast;
	}

}
