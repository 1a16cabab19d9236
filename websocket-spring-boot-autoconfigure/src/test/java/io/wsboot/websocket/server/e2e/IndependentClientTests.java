package io.wsboot.websocket.server.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.wsboot.websocket.testing.ExternalClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients users have, not written here: Python's {@code websockets} and Node's {@code ws}
 * (both installed by {@code scripts/test.sh}) send messages around every buffer boundary up to the
 * 1 MB limit (sent in one frame, which deflate makes larger than the message for random data, so
 * the frame limit is raised above it), text and binary,
 * compressible and random, with and without permessage-deflate, and every echo comes back whole.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "websocket.server.max-message-size=1MB", "websocket.server.max-frame-size=2MB" })
class IndependentClientTests {

	private static final int LIMIT = 1024 * 1024;

	private static final int[] BOUNDARIES = { 125, 126, 127, 1024, 4096, 8192, 16384, 32768, 65535, 65536, 131072,
			262144, LIMIT };

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}, compression {1}")
	@CsvSource({ "python-websockets, true", "python-websockets, false", "node-ws, true", "node-ws, false" })
	void everyMessageUpToTheLimitComesBackWhole(String client, boolean compress) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		for (int boundary : BOUNDARIES) {
			IntStream.rangeClosed(boundary - 1, boundary + 3).filter((size) -> size <= LIMIT).forEach(sizes::add);
		}
		String url = "ws://127.0.0.1:" + this.port + "/ws/echo";
		String sizeList = sizes.stream().map(String::valueOf).collect(Collectors.joining(","));
		List<String> command = client.equals("node-ws")
				? List.of("node", ExternalClient.CLIENTS.resolve("echo-sweep.mjs").toString(), url, String.valueOf(compress), sizeList)
				: List.of("/usr/bin/python3", ExternalClient.CLIENTS.resolve("echo_sweep.py").toString(), url,
						String.valueOf(compress), sizeList);
		JsonNode result = ExternalClient.run(command);
		String extensions = result.path("extensions").asString("");
		if (compress) {
			assertThat(extensions).as("extensions agreed").startsWith("permessage-deflate");
		}
		else {
			assertThat(extensions).as("extensions agreed").isEmpty();
		}
		assertThat(result.path("wrong").values()).map(JsonNode::asString).as("wrong echoes").isEmpty();
		assertThat(result.path("sent").asInt()).isEqualTo(sizes.size() * 6);
	}

}
