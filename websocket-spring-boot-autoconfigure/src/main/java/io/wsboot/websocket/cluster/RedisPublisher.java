package io.wsboot.websocket.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.wsboot.websocket.server.ConnectionSelector;
import io.wsboot.websocket.server.RemoteDelivery;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Publishes the broadcasts of this instance on a Redis channel. A broadcast never waits for Redis: it
 * is encoded on the caller's thread and queued (at most {@value #CAPACITY} wait), and one publisher
 * thread sends them in the order they were queued. While Lettuce's connection is down a send fails at
 * once, is counted and is not tried again (at most once); the first failure of an outage is logged at
 * WARN with its cause, and the end of the outage at INFO with the number of sends lost. A publish
 * already on its way when the connection drops waits, as Lettuce's commands do, until it reconnects or
 * {@code spring.data.redis.timeout} passes, and the broadcasts queued meanwhile wait behind it.
 */
public final class RedisPublisher implements RemoteDelivery, AutoCloseable {

	private static final Log logger = LogFactory.getLog(RedisPublisher.class);

	/** Broadcasts that may wait for the publisher thread; beyond them a send fails. */
	static final int CAPACITY = 10_000;

	private static final int BATCH = 64;

	private final RedisConnectionFactory connectionFactory;

	private final byte[] channel;

	private final String instanceId;

	private final ClusterMessageCodec codec;

	private final ClusterMetrics metrics;

	private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CAPACITY);

	private final Thread thread;

	/** Sends lost since the last successful publish; 0 while Redis is reachable. */
	private final AtomicLong lost = new AtomicLong();

	/**
	 * Creates a publisher and starts its thread.
	 * @param connectionFactory the application's Redis connections
	 * @param channel the Redis channel of the application
	 * @param instanceId the id of this instance, carried by every message
	 * @param codec writes the messages
	 * @param metrics counts sends and failures
	 */
	public RedisPublisher(RedisConnectionFactory connectionFactory, String channel, String instanceId,
			ClusterMessageCodec codec, ClusterMetrics metrics) {
		this.connectionFactory = connectionFactory;
		this.channel = channel.getBytes(StandardCharsets.UTF_8);
		this.instanceId = instanceId;
		this.codec = codec;
		this.metrics = metrics;
		this.thread = new Thread(this::run, "wsboot-cluster-publisher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void check(ConnectionSelector selector) {
		if (selector instanceof ConnectionSelector.Attribute attribute
				&& !ClusterMessageCodec.isPortable(attribute.value())) {
			throw new IllegalArgumentException("Cannot broadcast to the connections with attribute '" + attribute.name()
					+ "' across the cluster: other instances cannot compare a value of type "
					+ attribute.value().getClass().getName()
					+ "; use a String, Integer, Long, Boolean or enum value, or broadcast to a copy of the list"
					+ " (new ArrayList<>(…)) to stay on this instance");
		}
	}

	@Override
	public void publish(ConnectionSelector selector, Object payload) {
		byte[] message = this.codec.encode(new ClusterMessage(this.instanceId, selector, payload));
		if (!this.queue.offer(message)) {
			failed(new IllegalStateException(CAPACITY + " broadcasts already wait for Redis"));
		}
	}

	private void run() {
		List<byte[]> batch = new ArrayList<>(BATCH);
		while (!Thread.currentThread().isInterrupted()) {
			try {
				byte[] first = this.queue.poll(1, TimeUnit.SECONDS);
				if (first != null) {
					batch.add(first);
					this.queue.drainTo(batch, BATCH - 1);
					send(batch);
					batch.clear();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void send(List<byte[]> batch) {
		int done = 0;
		try (RedisConnection connection = this.connectionFactory.getConnection()) {
			for (byte[] message : batch) {
				if (LettuceLink.isDown(connection)) {
					failed(new IllegalStateException("the connection to Redis is down"));
				}
				else {
					connection.publish(this.channel, message);
					this.metrics.published();
					recovered();
				}
				done++;
			}
		}
		catch (RuntimeException ex) {
			for (int i = done; i < batch.size(); i++) {
				failed(ex);
			}
		}
	}

	private void failed(Exception cause) {
		this.metrics.failed("out");
		if (this.lost.getAndIncrement() == 0) {
			logger.warn("wsboot cluster: broadcasts reach no other instance until Redis can be reached again ("
					+ cause.getMessage() + "); this instance's connections still get them");
			logger.debug("wsboot cluster: first failed publish", cause);
		}
	}

	private void recovered() {
		long lostSends = this.lost.getAndSet(0);
		if (lostSends > 0) {
			logger.info("wsboot cluster: Redis can be reached again; " + lostSends
					+ " broadcasts reached no other instance meanwhile");
		}
	}

	/**
	 * Stops the publisher thread; broadcasts still waiting are not sent.
	 */
	@Override
	public void close() {
		this.thread.interrupt();
	}

}
