package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.OpenConnections;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code OpenConnections} bean over real connections: a room broadcast reaches that room only.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenConnectionsTests {

	@LocalServerPort
	int port;

	@Autowired
	OpenConnections connections;

	@Test
	void broadcastToOneRoomReachesItsMembersOnly() throws Exception {
		try (JdkClient ann = JdkClient.connect(this.port, "/ws/room/blue?nick=ann");
				JdkClient bob = JdkClient.connect(this.port, "/ws/room/blue?nick=bob");
				JdkClient eve = JdkClient.connect(this.port, "/ws/room/red?nick=eve")) {
			assertThat(ann.nextText()).isEqualTo("joined blue");
			assertThat(bob.nextText()).isEqualTo("joined blue");
			assertThat(eve.nextText()).isEqualTo("joined red");
			ann.send("hi blue");
			assertThat(ann.nextText()).isEqualTo("ann: hi blue");
			assertThat(bob.nextText()).isEqualTo("ann: hi blue");
			eve.send("hi red");
			assertThat(eve.nextText()).isEqualTo("eve: hi red");
			assertThat(ann.messages()).isEmpty();
			assertThat(bob.messages()).isEmpty();
			assertThat(this.connections.withAttribute("nick", "bob")).hasSize(1);
			assertThat(this.connections.ofEndpoint("/ws/room/{room}")).hasSize(3);
		}
	}

}
