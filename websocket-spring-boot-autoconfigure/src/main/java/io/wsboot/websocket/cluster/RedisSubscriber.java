package io.wsboot.websocket.cluster;

import java.nio.charset.StandardCharsets;

import io.wsboot.websocket.server.ConnectionRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.SubscriptionListener;

/**
 * Delivers the broadcasts of the other instances, as they arrive on the application's Redis channel,
 * to the connections of this one that their selector chooses. This instance's own messages come back
 * too and are ignored: it delivered them when they were sent. Called by one thread at a time, in the
 * order Redis delivers, so each sender's order is kept.
 */
public final class RedisSubscriber implements MessageListener, SubscriptionListener {

	private static final Log logger = LogFactory.getLog(RedisSubscriber.class);

	private final ConnectionRegistry registry;

	private final String instanceId;

	private final ClusterMessageCodec codec;

	private final ClusterMetrics metrics;

	/**
	 * Creates a subscriber.
	 * @param registry this instance's connections
	 * @param instanceId the id of this instance, whose own messages are ignored
	 * @param codec reads the messages
	 * @param metrics counts arrivals and unreadable messages
	 */
	public RedisSubscriber(ConnectionRegistry registry, String instanceId, ClusterMessageCodec codec,
			ClusterMetrics metrics) {
		this.registry = registry;
		this.instanceId = instanceId;
		this.codec = codec;
		this.metrics = metrics;
	}

	@Override
	public void onMessage(Message message, byte @Nullable [] pattern) {
		ClusterMessage received;
		try {
			received = this.codec.decode(message.getBody());
		}
		catch (IllegalArgumentException ex) {
			this.metrics.failed("in");
			logger.warn("wsboot cluster: ignored a message on " + channelOf(message) + ": " + ex.getMessage());
			return;
		}
		if (!received.sender().equals(this.instanceId)) {
			this.metrics.received();
			this.registry.deliverLocally(received.selector(), received.payload());
		}
	}

	@Override
	public void onChannelSubscribed(byte[] channel, long count) {
		logger.info("wsboot cluster: listening to the other instances on Redis channel "
				+ new String(channel, StandardCharsets.UTF_8));
	}

	private static String channelOf(Message message) {
		return new String(message.getChannel(), StandardCharsets.UTF_8);
	}

}
