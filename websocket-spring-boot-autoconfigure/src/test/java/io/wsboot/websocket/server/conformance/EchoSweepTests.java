package io.wsboot.websocket.server.conformance;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.wsboot.websocket.server.conformance.EchoPeer.Client;
import io.wsboot.websocket.server.conformance.Payloads.Kind;
import io.wsboot.websocket.server.conformance.Payloads.Shape;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message size around every buffer boundary, from the smallest frame length encodings up to
 * the message limit, is echoed byte for byte by each client, kind and shape, with and without
 * compression; a message just over the limit closes with 1009. One connection per client and
 * sample, many messages on it.
 */
@ConformanceTest
class EchoSweepTests {

	private static final int[] BOUNDARIES = { 125, 126, 127, 1024, 4096, 8192, 16384, 32768, 65535, 65536, 131072,
			262144, ConformanceTest.LIMIT };

	private static final int[] SIZES = Arrays.stream(BOUNDARIES)
		.flatMap((boundary) -> IntStream.rangeClosed(boundary - 1, boundary + 3))
		.filter((size) -> size <= ConformanceTest.LIMIT)
		.distinct()
		.sorted()
		.toArray();

	@LocalServerPort
	int port;

	static Stream<Arguments> samples() {
		List<Arguments> samples = new ArrayList<>();
		for (Client client : Client.values()) {
			for (Kind kind : Kind.values()) {
				for (Shape shape : Shape.values()) {
					if (kind != Kind.BINARY || shape != Shape.JSON) {
						samples.add(Arguments.of(client, kind, shape));
					}
				}
			}
		}
		return samples.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("samples")
	void everySizeUpToTheLimitIsEchoedWhole(Client client, Kind kind, Shape shape) throws InterruptedException {
		List<String> problems = new ArrayList<>();
		try (EchoPeer peer = client.connect(this.port, "/conformance/echo")) {
			for (int size : SIZES) {
				byte[] message = Payloads.of(kind, shape, size);
				peer.send(kind.opcode, message);
				Received echo = nextOrSilence(peer);
				String problem = problem(kind, message, echo);
				if (problem != null) {
					problems.add(size + " bytes: " + problem);
					if (!(echo instanceof Received.Message)) {
						break;
					}
				}
			}
		}
		assertThat(problems).as("%s %s %s, sizes with a wrong echo", client, kind, shape).isEmpty();
	}

	/** The next event, or {@code null} when nothing came in time, so that the size can be reported. */
	private static @Nullable Received nextOrSilence(EchoPeer peer) throws InterruptedException {
		try {
			return peer.next();
		}
		catch (AssertionError timeout) {
			return null;
		}
	}

	private static @Nullable String problem(Kind kind, byte[] sent, @Nullable Received echo) {
		if (echo == null) {
			return "nothing came back within " + RawFrameClient.TIMEOUT;
		}
		if (!(echo instanceof Received.Message message)) {
			return "got " + echo + " instead of the echo";
		}
		if (message.opcode() != kind.opcode) {
			return "got " + echo + " instead of the echo";
		}
		int mismatch = Arrays.mismatch(sent, message.payload());
		return (mismatch < 0) ? null
				: "came back as " + message.payload().length + " bytes, first difference at offset " + mismatch;
	}

	static Stream<Arguments> overTheLimit() {
		return Stream.of(Client.values())
			.flatMap((client) -> Stream.of(Kind.ASCII_TEXT, Kind.BINARY)
				.flatMap((kind) -> IntStream.of(1, 3).mapToObj((over) -> Arguments.of(client, kind, over))));
	}

	@ParameterizedTest(name = "{0} {1} limit+{2}")
	@MethodSource("overTheLimit")
	void messageJustOverTheLimitClosesWith1009(Client client, Kind kind, int over) throws InterruptedException {
		Shape shape = (kind == Kind.BINARY) ? Shape.RANDOM : Shape.REPEATED;
		byte[] message = Payloads.of(kind, shape, ConformanceTest.LIMIT + over);
		try (EchoPeer peer = client.connect(this.port, "/conformance/echo")) {
			boolean sent = sendWhileTheServerMayClose(peer, kind.opcode, message);
			Received answer = peer.next();
			if (sent || !(answer instanceof Received.Eof)) {
				assertThat(answer).as("answer to %d bytes", message.length).isInstanceOf(Received.Close.class);
				assertThat(((Received.Close) answer).code()).as("close code").isEqualTo(1009);
			}
		}
	}

	/** Whether the whole message was written: the server may close with 1009 while it is still sent. */
	private static boolean sendWhileTheServerMayClose(EchoPeer peer, int opcode, byte[] message) {
		try {
			peer.send(opcode, message);
			return true;
		}
		catch (UncheckedIOException ex) {
			return false;
		}
	}

}
