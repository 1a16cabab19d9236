package io.wsboot.websocket.server;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the registry hands to the other instances (cluster mode): a broadcast to a lookup's result goes out
 * with the lookup's selector after the local delivery; {@code matching} and the application's own
 * collections stay here; a refused selector sends nothing anywhere; {@code sendTo} goes out only for a
 * connection that is not here; what arrives is delivered here and never passed on.
 */
class ConnectionRegistryRemoteDeliveryTests {

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	private final RecordingRemote remote = new RecordingRemote();

	private final ConnectionRegistry registry = new ConnectionRegistry(this.binder, this.remote);

	private final RecordingTransport blue = new RecordingTransport();

	ConnectionRegistryRemoteDeliveryTests() {
		ConnectionStats stats = new ConnectionStats(EndpointMetrics.NONE, this.blue, Instant.EPOCH);
		ServerCaller connection = new ServerCaller(this.blue, this.binder, new ManualConnectionTimers(),
				Duration.ofSeconds(1), 65536, new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), stats);
		this.registry.add(connection, "/chat/{room}", Map.of("room", "blue"), stats);
		connection.setAttribute("nick", "ann");
	}

	@Test
	void aBroadcastToALookupGoesOutWithItsSelectorAfterTheLocalDelivery() {
		assertThat(this.registry.broadcast("hi", this.registry.withPathVariable("room", "blue"))).isEqualTo(1);
		this.registry.broadcast(new byte[] { 1, 2 }, this.registry.ofEndpoint("/chat/{room}"));
		this.registry.broadcast(Map.of("n", 1), this.registry.withAttribute("nick", "ann"));
		this.registry.broadcast("all");
		this.registry.broadcast("user", this.registry.ofUser("ann"));
		assertThat(this.remote.published).containsExactly("PathVariable[name=room, value=blue] hi (1 local)",
				"Endpoint[path=/chat/{room}] 2 bytes (2 local)", "Attribute[name=nick, value=ann] {\"n\":1} (3 local)",
				"All[] all (4 local)", "User[name=ann] user (4 local)");
	}

	@Test
	void matchingAndTheApplicationsOwnCollectionsStayHere() {
		assertThat(this.registry.broadcast("m", this.registry.matching((caller) -> true))).isEqualTo(1);
		assertThat(this.registry.broadcast("c", new ArrayList<>(this.registry.all()))).isEqualTo(1);
		assertThat(this.blue.frames).containsExactly("text:m", "text:c");
		assertThat(this.remote.published).isEmpty();
	}

	@Test
	void aSelectorTheRemoteRefusesSendsNothingAnywhere() {
		this.remote.refuse = true;
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.registry.broadcast("x", this.registry.withAttribute("nick", "ann")))
			.withMessage("refused");
		assertThat(this.blue.frames).isEmpty();
		assertThat(this.remote.published).isEmpty();
	}

	@Test
	void sendToGoesOutOnlyForAConnectionThatIsNotHere() {
		assertThat(this.registry.sendTo("test-1", "here")).isTrue();
		assertThat(this.registry.sendTo("elsewhere", "there")).isFalse();
		assertThat(this.blue.frames).containsExactly("text:here");
		assertThat(this.remote.published).containsExactly("Id[id=elsewhere] there (1 local)");
	}

	@Test
	void whatArrivesIsDeliveredHereAndNeverPassedOn() {
		assertThat(this.registry.deliverLocally(new ConnectionSelector.PathVariable("room", "blue"), "from B"))
			.isEqualTo(1);
		assertThat(this.registry.deliverLocally(new ConnectionSelector.PathVariable("room", "red"), "not here"))
			.isZero();
		assertThat(this.blue.frames).containsExactly("text:from B");
		assertThat(this.remote.published).isEmpty();
	}

	/** Records what would go to the other instances, with how many frames this instance had sent by then. */
	private final class RecordingRemote implements RemoteDelivery {

		final List<String> published = new ArrayList<>();

		boolean refuse;

		@Override
		public void check(ConnectionSelector selector) {
			if (this.refuse) {
				throw new IllegalArgumentException("refused");
			}
		}

		@Override
		public void publish(ConnectionSelector selector, Object payload) {
			String what = (payload instanceof byte[] bytes) ? bytes.length + " bytes" : (String) payload;
			this.published.add(selector + " " + what + " (" + ConnectionRegistryRemoteDeliveryTests.this.blue.frames.size()
					+ " local)");
		}

	}

}
