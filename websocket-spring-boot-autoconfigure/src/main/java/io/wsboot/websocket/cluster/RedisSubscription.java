package io.wsboot.websocket.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Keeps the {@link RedisSubscriber} subscribed to the application's channel while the application runs,
 * through Spring Data Redis' {@link RedisMessageListenerContainer}. Messages are handed over on one
 * thread at a time, so that each sender's order is kept. When Redis cannot be reached at start-up (with
 * {@code websocket.cluster.fail-fast=false}) subscribing is tried again every second in the background;
 * a connection lost later is re-established, with its subscription, by Lettuce itself.
 */
public final class RedisSubscription implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(RedisSubscription.class);

	private static final long RETRY_SECONDS = 1;

	private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

	private final String channel;

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "wsboot-cluster-subscription");
		thread.setDaemon(true);
		return thread;
	});

	/** Whether the application runs: from {@link #start()} to {@link #stop()}. */
	private volatile boolean running;

	/**
	 * Creates a subscription, not yet started.
	 * @param connectionFactory the application's Redis connections
	 * @param channel the Redis channel of the application
	 * @param subscriber delivers what arrives
	 */
	public RedisSubscription(RedisConnectionFactory connectionFactory, String channel, RedisSubscriber subscriber) {
		this.channel = channel;
		this.container.setConnectionFactory(connectionFactory);
		this.container.setTaskExecutor(new SyncTaskExecutor());
		this.container.setRecoveryInterval(TimeUnit.SECONDS.toMillis(RETRY_SECONDS));
		this.container.addMessageListener(subscriber, new ChannelTopic(channel));
		this.container.afterPropertiesSet();
	}

	@Override
	public void start() {
		this.running = true;
		subscribe(true);
	}

	private void subscribe(boolean first) {
		if (!this.running) {
			return;
		}
		try {
			this.container.start();
		}
		catch (RuntimeException ex) {
			this.container.stop();
			if (first) {
				logger.warn("wsboot cluster: cannot subscribe to Redis channel " + this.channel + " yet ("
						+ ex.getMessage() + "); trying again every " + RETRY_SECONDS + " s");
			}
			this.retries.schedule(() -> subscribe(false), RETRY_SECONDS, TimeUnit.SECONDS);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		this.retries.shutdownNow();
		this.container.stop();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
