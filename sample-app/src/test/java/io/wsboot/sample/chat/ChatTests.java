package io.wsboot.sample.chat;

import io.wsboot.sample.WsTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat endpoint over real sockets: who may join, what the room hears.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ChatTests {

	@LocalServerPort
	int port;

	@Test
	void membersHearJoinsMessagesAndLeaves() throws Exception {
		try (WsTestClient ann = WsTestClient.connect(this.port, "/ws/chat/tea?nick=ann")) {
			assertThat(ann.next()).isEqualTo("{\"type\":\"join\",\"nick\":\"ann\",\"members\":[\"ann\"]}");
			WsTestClient bob = WsTestClient.connect(this.port, "/ws/chat/tea?nick=bob");
			assertThat(ann.next()).isEqualTo("{\"type\":\"join\",\"nick\":\"bob\",\"members\":[\"ann\",\"bob\"]}");
			assertThat(bob.next()).isEqualTo("{\"type\":\"join\",\"nick\":\"bob\",\"members\":[\"ann\",\"bob\"]}");
			bob.send("{\"text\":\"hello ann\"}");
			assertThat(ann.next()).isEqualTo("{\"type\":\"message\",\"nick\":\"bob\",\"text\":\"hello ann\"}");
			bob.close();
			assertThat(ann.next()).isEqualTo("{\"type\":\"leave\",\"nick\":\"bob\",\"members\":[\"ann\"]}");
		}
	}

	@Test
	void blankMessageIsAnsweredWithAnErrorAndTheConnectionStays() throws Exception {
		try (WsTestClient ann = WsTestClient.connect(this.port, "/ws/chat/quiet?nick=ann")) {
			ann.next();
			ann.send("{\"text\":\" \"}");
			assertThat(ann.next())
				.isEqualTo("{\"type\":\"error\",\"text\":\"data validation failed: text must not be blank\"}");
			ann.send("{\"text\":\"ok\"}");
			assertThat(ann.next()).isEqualTo("{\"type\":\"message\",\"nick\":\"ann\",\"text\":\"ok\"}");
		}
	}

	@Test
	void badNicknameIsRefusedWith400() {
		try (WsTestClient client = WsTestClient.connect(this.port, "/ws/chat/tea?nick=a%20b")) {
			assertThat(client.handshake()).isEqualTo("400 nickname must be 1 to 20 letters, digits, '_' or '-'");
		}
	}

	@Test
	void takenNicknameIsRefusedWith409() throws Exception {
		try (WsTestClient first = WsTestClient.connect(this.port, "/ws/chat/busy?nick=zoe")) {
			assertThat(first.next()).contains("\"type\":\"join\"");
			try (WsTestClient second = WsTestClient.connect(this.port, "/ws/chat/busy?nick=zoe")) {
				assertThat(second.handshake()).isEqualTo("409 nickname taken in busy: zoe");
			}
		}
	}

}
