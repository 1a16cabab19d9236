package io.wsboot.websocket.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.testing.OkHttpTestClient;
import io.wsboot.websocket.testing.Order;
import io.wsboot.websocket.testing.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of one application on two ports share a real Redis (and a third application, with
 * another name, shares it too): broadcasts to a lookup's connections reach the matching connections of
 * both instances, each exactly once, in the sender's order, as text, binary or JSON; {@code matching}
 * stays on its instance; {@code sendTo} finds a connection on the other instance.
 */
class ClusterBroadcastTests {

	private static RedisServer redis;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static ConfigurableApplicationContext otherApplication;

	/** On the second instance for the whole class: tells when a test's messages have all arrived there. */
	private static OkHttpTestClient watcher;

	@BeforeAll
	static void startCluster() throws InterruptedException {
		redis = RedisServer.start();
		first = ClusterTestApplication.start(redis);
		second = ClusterTestApplication.start(redis);
		otherApplication = ClusterTestApplication.start(redis, "spring.application.name=other");
		watcher = join(second, "watch", "watcher");
	}

	@AfterAll
	static void stopCluster() {
		ClusterTestApplication.closeAll(watcher, first, second, otherApplication, redis);
	}

	@Test
	void aRoomBroadcastReachesTheRoomOnBothInstancesOnceEach() throws Exception {
		try (OkHttpTestClient ann = join(first, "blue", "ann");
				OkHttpTestClient bob = join(second, "blue", "bob");
				OkHttpTestClient eve = join(second, "red", "eve")) {
			ann.send("hi");
			assertThat(ann.nextMessage()).isEqualTo("ann: hi");
			assertThat(bob.nextMessage()).isEqualTo("ann: hi");
			bob.send("hello");
			assertThat(bob.nextMessage()).isEqualTo("bob: hello");
			assertThat(ann.nextMessage()).isEqualTo("bob: hello");
			eve.send("red only");
			assertThat(eve.nextMessage()).isEqualTo("eve: red only");
			endOfTest(ann, bob, eve);
		}
	}

	@Test
	void textBinaryAndJsonArriveUnchangedOnTheOtherInstance() throws Exception {
		OpenConnections connections = connections(first);
		byte[] binary = { 0, 1, 2, (byte) 0xFF, 'x' };
		try (OkHttpTestClient bob = join(second, "green", "bob")) {
			assertThat(connections.broadcast("héllo ✓", connections.withPathVariable("room", "green"))).isZero();
			assertThat(connections.broadcast(binary, connections.ofEndpoint("/ws/room/{room}"))).isZero();
			connections.broadcast(new Order("tea", 2), connections.withAttribute("nick", "bob"));
			assertThat(bob.nextMessage()).isEqualTo("héllo ✓");
			assertThat(bob.nextMessage()).isEqualTo(binary);
			assertThat(bob.nextMessage()).isEqualTo("{\"item\":\"tea\",\"quantity\":2}");
			endOfTest(bob);
		}
	}

	@Test
	void oneSendersOrderIsKept() throws Exception {
		OpenConnections connections = connections(first);
		try (OkHttpTestClient bob = join(second, "orange", "bob")) {
			for (int i = 0; i < 500; i++) {
				connections.broadcast("m" + i, connections.withPathVariable("room", "orange"));
			}
			List<Object> received = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				received.add(bob.nextMessage());
			}
			assertThat(received).containsExactlyElementsOf(numbered(500));
			endOfTest(bob);
		}
	}

	@Test
	void sendToFindsAConnectionOnTheOtherInstance() throws Exception {
		try (OkHttpTestClient ann = join(first, "pink", "ann"); OkHttpTestClient bob = join(second, "pink", "bob")) {
			String annId = connections(first).withAttribute("nick", "ann").get(0).id();
			String bobId = connections(second).withAttribute("nick", "bob").get(0).id();
			assertThat(annId).isNotEqualTo(bobId);
			assertThat(connections(first).sendTo(bobId, "to bob")).isFalse();
			assertThat(connections(first).sendTo(annId, "to ann")).isTrue();
			assertThat(bob.nextMessage()).isEqualTo("to bob");
			assertThat(ann.nextMessage()).isEqualTo("to ann");
			endOfTest(ann, bob);
		}
	}

	@Test
	void matchingAndCollectionsOfTheApplicationStayOnTheirInstance() throws Exception {
		OpenConnections connections = connections(first);
		try (OkHttpTestClient ann = join(first, "grey", "ann"); OkHttpTestClient bob = join(second, "grey", "bob")) {
			assertThat(connections.broadcast("matched", connections.matching((caller) -> true))).isEqualTo(1);
			assertThat(connections.broadcast("copied", new ArrayList<>(connections.all()))).isEqualTo(1);
			assertThat(ann.nextMessage()).isEqualTo("matched");
			assertThat(ann.nextMessage()).isEqualTo("copied");
			endOfTest(ann, bob);
		}
	}

	@Test
	void anAttributeValueOtherInstancesCannotCompareIsRefusedBeforeAnythingIsSent() throws Exception {
		OpenConnections connections = connections(first);
		try (OkHttpTestClient ann = join(first, "teal", "ann")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> connections.broadcast("x", connections.withAttribute("nick", new StringBuilder("ann"))))
				.withMessageStartingWith("Cannot broadcast to the connections with attribute 'nick' across the cluster:"
						+ " other instances cannot compare a value of type java.lang.StringBuilder");
			endOfTest(ann);
		}
	}

	@Test
	void anotherApplicationOnTheSameRedisHearsNothing() throws Exception {
		try (OkHttpTestClient stranger = join(otherApplication, "blue", "zed")) {
			connections(first).broadcast("for rooms only");
			connections(second).broadcast("for rooms only");
			connections(otherApplication).broadcast("end of test");
			assertThat(stranger.nextMessage()).isEqualTo("end of test");
			endOfTest();
		}
	}

	@Test
	void metersCountWhatEachInstancePublishedAndReceived() throws Exception {
		OpenConnections connections = connections(first);
		try (OkHttpTestClient bob = join(second, "brown", "bob")) {
			// Once bob has this, everything the first instance sent before it has arrived (one sender's order).
			connections.broadcast("sync", connections.withPathVariable("room", "brown"));
			assertThat(bob.nextMessage()).isEqualTo("sync");
			double published = counter(first, "websocket.cluster.messages", "out");
			double received = counter(second, "websocket.cluster.messages", "in");
			connections.broadcast("counted", connections.withPathVariable("room", "brown"));
			assertThat(bob.nextMessage()).isEqualTo("counted");
			assertThat(counter(second, "websocket.cluster.messages", "in")).isEqualTo(received + 1);
			await().untilAsserted(() -> assertThat(counter(first, "websocket.cluster.messages", "out"))
				.isGreaterThanOrEqualTo(published + 1));
			assertThat(counter(first, "websocket.cluster.failures", "out")).isZero();
			endOfTest(bob);
		}
	}

	/** Joins a room and reads the greeting. */
	private static OkHttpTestClient join(ConfigurableApplicationContext instance, String room, String nick)
			throws InterruptedException {
		OkHttpTestClient client = OkHttpTestClient.connect(ClusterTestApplication.port(instance),
				"/ws/room/" + room + "?nick=" + nick);
		assertThat(client.nextMessage()).isEqualTo("joined " + room);
		return client;
	}

	/**
	 * A last broadcast from the first instance to every connection; what each client gets next must be
	 * it, so nothing came twice or unasked before it. Once the watcher has it too, nothing the test sent
	 * can reach the next test's connections.
	 */
	private static void endOfTest(OkHttpTestClient... clients) throws InterruptedException {
		byte[] end = "end of test".getBytes(StandardCharsets.UTF_8);
		connections(first).broadcast(end);
		for (OkHttpTestClient client : clients) {
			assertThat(client.nextMessage()).isEqualTo(end);
		}
		Object seen;
		do {
			seen = watcher.nextMessage();
		}
		while (!(seen instanceof byte[] bytes) || !Arrays.equals(bytes, end));
	}

	private static OpenConnections connections(ConfigurableApplicationContext instance) {
		return instance.getBean(OpenConnections.class);
	}

	static double counter(ConfigurableApplicationContext instance, String name, String direction) {
		return instance.getBean(MeterRegistry.class).get(name).tag("direction", direction).counter().count();
	}

	private static List<Object> numbered(int count) {
		List<Object> messages = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			messages.add("m" + i);
		}
		return messages;
	}

}
