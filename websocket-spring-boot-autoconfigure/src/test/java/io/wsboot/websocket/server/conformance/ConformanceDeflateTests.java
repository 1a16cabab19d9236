package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.wsboot.websocket.server.conformance.Payloads.Kind;
import io.wsboot.websocket.server.conformance.Payloads.Shape;
import io.wsboot.websocket.server.e2e.Container;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * permessage-deflate (RFC 7692, Autobahn 12.x and 13.x): compressed messages of every size and shape
 * are echoed whole with and without context takeover, window sizes are negotiated as offered, and
 * RSV1 on a control or continuation frame fails the connection with 1002.
 */
@ConformanceTest
class ConformanceDeflateTests {

	private static final int[] SIZES = IntStream
		.concat(IntStream.of(0, 1, 125, 126, 1024), Stream.of(8192, 16384, 65536, 131072)
			.flatMapToInt((size) -> IntStream.rangeClosed(size - 1, size + 3)))
		.toArray();

	@LocalServerPort
	int port;

	static Stream<Arguments> offersAndShapes() {
		Stream<DeflateOffer> offers = Stream.of(DeflateOffer.DEFAULT, DeflateOffer.noContextTakeover(true, false),
				DeflateOffer.noContextTakeover(false, true), DeflateOffer.noContextTakeover(true, true));
		return offers.flatMap((offer) -> Stream.of(Shape.REPEATED, Shape.RANDOM)
			.map((shape) -> Arguments.of(offer.header(), offer, shape)));
	}

	// Netty declines an offer with server_no_context_takeover (RFC 7692 §5 lets a server decline any
	// offer): those messages then go uncompressed
	@ParameterizedTest(name = "{0}, {2}")
	@MethodSource("offersAndShapes")
	void compressedMessagesOfEverySizeAreEchoed(String header, DeflateOffer offer, Shape shape) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo", offer)) {
			boolean declined = offer.serverNoContextTakeover() && Container.current() == Container.REACTOR_NETTY;
			assertThat(client.deflate() == null).as("declined " + header).isEqualTo(declined);
			for (Kind kind : new Kind[] { Kind.ASCII_TEXT, Kind.BINARY }) {
				for (int size : SIZES) {
					byte[] message = Payloads.of(kind, shape, size);
					client.sendMessage(kind.opcode, message);
					Expect.echo(client, kind.opcode, message);
				}
			}
		}
	}

	// Chromium sends a highly compressible message as the first one on its connection
	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 8193, 8194, 16387, 65537, 65539 })
	void compressibleTextAsTheFirstMessageOfAConnectionIsEchoedWhole(int size) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo", DeflateOffer.DEFAULT)) {
			byte[] message = Payloads.of(Kind.ASCII_TEXT, Shape.REPEATED, size);
			client.sendMessage(Frame.TEXT, message);
			Expect.echo(client, Frame.TEXT, message);
		}
	}

	// RFC 7692 §7.1.2.2: the server may leave the parameter out (any window) or lower it
	@ParameterizedTest(name = "{0} bits")
	@ValueSource(ints = { 9, 10, 11, 12, 13, 14, 15 })
	void clientMaxWindowBitsIsAgreedAtMostAsOffered(int bits) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo",
				DeflateOffer.clientMaxWindowBits(bits))) {
			assertThat(client.deflate()).isNotNull();
			String agreedBits = client.deflate().parameters().get("client_max_window_bits");
			if (agreedBits != null) {
				assertThat(Integer.parseInt(agreedBits)).isLessThanOrEqualTo(bits);
			}
			// shorter than the smallest window, so that no back reference reaches beyond it
			byte[] message = Payloads.of(Kind.ASCII_TEXT, Shape.JSON, 250);
			client.sendMessage(Frame.TEXT, message);
			Expect.echo(client, Frame.TEXT, message);
		}
	}

	// RFC 7692 §7.1.2.1: a server that cannot keep to the window asked for declines the offer
	@ParameterizedTest(name = "{0} bits")
	@ValueSource(ints = { 9, 12, 15 })
	void serverMaxWindowBitsIsAgreedAtMostAsOfferedOrDeclined(int bits) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo",
				DeflateOffer.serverMaxWindowBits(bits))) {
			if (client.deflate() != null) {
				assertThat(client.deflate().parameters()).containsKey("server_max_window_bits");
				assertThat(Integer.parseInt(client.deflate().parameters().get("server_max_window_bits")))
					.isLessThanOrEqualTo(bits);
			}
			byte[] message = Payloads.of(Kind.ASCII_TEXT, Shape.JSON, 4000);
			client.sendMessage(Frame.TEXT, message);
			Expect.echo(client, Frame.TEXT, message);
		}
	}

	@ParameterizedTest(name = "{0} frames")
	@ValueSource(ints = { 2, 10, 100 })
	void compressedMessageSplitOverManyFramesIsEchoed(int frames) {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo", DeflateOffer.DEFAULT)) {
			byte[] message = Payloads.of(Kind.MULTI_BYTE_TEXT, Shape.JSON, 20_000);
			client.sendMessage(Frame.TEXT, message, frames, true);
			Expect.echo(client, Frame.TEXT, message);
		}
	}

	@Test
	void uncompressedMessageOnACompressingConnectionIsEchoed() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo", DeflateOffer.DEFAULT)) {
			byte[] message = Payloads.of(Kind.BINARY, Shape.RANDOM, 3000);
			client.sendMessage(Frame.BINARY, message, 1, false);
			Expect.echo(client, Frame.BINARY, message);
		}
	}

	@Test
	void compressedPingClosesWith1002() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo", DeflateOffer.DEFAULT)) {
			client.send(Frame.of(true, Frame.PING, "ping".getBytes(StandardCharsets.UTF_8)).withRsv(Frame.RSV1));
			Expect.close(client, 1002);
		}
	}

	@Test
	void rsv1OnAContinuationFrameClosesWith1002() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo", DeflateOffer.DEFAULT)) {
			client.send(Frame.of(false, Frame.TEXT, "first ".getBytes(StandardCharsets.UTF_8)),
					Frame.of(true, Frame.CONTINUATION, "second".getBytes(StandardCharsets.UTF_8)).withRsv(Frame.RSV1));
			Expect.close(client, 1002);
		}
	}

	@Test
	void compressedMessageWithoutAgreedCompressionClosesWith1002() {
		try (RawFrameClient client = RawFrameClient.connect(this.port, "/conformance/echo")) {
			assertThat(client.deflate()).isNull();
			client.send(Frame.text("looks compressed").withRsv(Frame.RSV1));
			Expect.close(client, 1002);
		}
	}

}
