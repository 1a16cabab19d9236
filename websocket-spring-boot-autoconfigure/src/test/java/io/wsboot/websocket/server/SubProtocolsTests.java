package io.wsboot.websocket.server;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreed sub-protocol: the endpoint's first in the client's order, else {@code bearer} when
 * offered, never the token.
 */
class SubProtocolsTests {

	@Test
	void firstOfferedThatTheEndpointAcceptsInTheClientsOrder() {
		assertThat(SubProtocols.select(List.of("v3", "v1", "v2"), List.of("v2", "v1"))).isEqualTo("v1");
	}

	@Test
	void namesAreCaseSensitive() {
		assertThat(SubProtocols.select(List.of("Chat"), List.of("chat"))).isNull();
	}

	@Test
	void bearerIsAgreedOnlyWhenNothingElseIs() {
		assertThat(SubProtocols.select(List.of("bearer", "eyJ.a.b", "chat"), List.of("chat"))).isEqualTo("chat");
		assertThat(SubProtocols.select(List.of("bearer", "eyJ.a.b"), List.of("chat"))).isEqualTo("bearer");
		assertThat(SubProtocols.select(List.of("bearer", "eyJ.a.b"), List.of())).isEqualTo("bearer");
	}

	@Test
	void noneWhenNothingMatches() {
		assertThat(SubProtocols.select(List.of("mqtt"), List.of("chat"))).isNull();
		assertThat(SubProtocols.select(List.of(), List.of("chat"))).isNull();
	}

}
