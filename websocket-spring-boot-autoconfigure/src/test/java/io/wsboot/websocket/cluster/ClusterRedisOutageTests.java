package io.wsboot.websocket.cluster;

import java.time.Duration;

import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.testing.OkHttpTestClient;
import io.wsboot.websocket.testing.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static io.wsboot.websocket.cluster.ClusterBroadcastTests.counter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis stopped and started again under two running instances: local delivery goes on, sends that
 * cannot reach Redis are counted as failures and never delivered later (at most once), and both
 * instances hear each other again once Redis is back, without a restart; without fail-fast, instances
 * start while Redis is down and join when it comes.
 */
class ClusterRedisOutageTests {

	private RedisServer redis;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeEach
	void startRedis() {
		this.redis = RedisServer.start();
	}

	@AfterEach
	void stopCluster() {
		ClusterTestApplication.closeAll(this.first, this.second, this.redis);
	}

	@Test
	void localDeliveryGoesOnWhileRedisIsDownAndBothInstancesHearEachOtherWhenItIsBack() throws Exception {
		this.first = ClusterTestApplication.start(this.redis);
		this.second = ClusterTestApplication.start(this.redis);
		OpenConnections connections = this.first.getBean(OpenConnections.class);
		try (OkHttpTestClient ann = join(this.first, "ann"); OkHttpTestClient bob = join(this.second, "bob")) {
			ann.send("before");
			assertThat(ann.nextMessage()).isEqualTo("ann: before");
			assertThat(bob.nextMessage()).isEqualTo("ann: before");

			this.redis.stop();
			double failures = counter(this.first, "websocket.cluster.failures", "out");
			ann.send("during");
			assertThat(ann.nextMessage()).isEqualTo("ann: during");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(counter(this.first, "websocket.cluster.failures", "out"))
					.isGreaterThan(failures));

			this.redis.restart();
			awaitLink();
			ann.send("after");
			assertThat(ann.nextMessage()).isEqualTo("ann: after");
			assertThat(bob.nextMessage()).isEqualTo("ann: after");
			bob.send("back");
			assertThat(bob.nextMessage()).isEqualTo("bob: back");
			assertThat(ann.nextMessage()).isEqualTo("bob: back");
		}
	}

	@Test
	void withoutFailFastInstancesStartWhileRedisIsDownAndJoinWhenItComes() throws Exception {
		this.redis.stop();
		this.first = ClusterTestApplication.start(this.redis, "websocket.cluster.fail-fast=false");
		this.second = ClusterTestApplication.start(this.redis, "websocket.cluster.fail-fast=false");
		try (OkHttpTestClient ann = join(this.first, "ann"); OkHttpTestClient bob = join(this.second, "bob")) {
			ann.send("alone");
			assertThat(ann.nextMessage()).isEqualTo("ann: alone");
			this.redis.restart();
			awaitLink();
			bob.send("together");
			assertThat(bob.nextMessage()).isEqualTo("bob: together");
			assertThat(ann.nextMessage()).isEqualTo("bob: together");
		}
	}

	/**
	 * Waits until a broadcast of the first instance reaches the second again: probes to a selector no
	 * connection matches, sent until the second instance counts one as received.
	 */
	private void awaitLink() {
		OpenConnections connections = this.first.getBean(OpenConnections.class);
		double received = counter(this.second, "websocket.cluster.messages", "in");
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			connections.broadcast("probe", connections.withAttribute("nick", "nobody"));
			assertThat(counter(this.second, "websocket.cluster.messages", "in")).isGreaterThan(received);
		});
	}

	private static OkHttpTestClient join(ConfigurableApplicationContext instance, String nick)
			throws InterruptedException {
		OkHttpTestClient client = OkHttpTestClient.connect(ClusterTestApplication.port(instance),
				"/ws/room/lobby?nick=" + nick);
		assertThat(client.nextMessage()).isEqualTo("joined lobby");
		return client;
	}

}
