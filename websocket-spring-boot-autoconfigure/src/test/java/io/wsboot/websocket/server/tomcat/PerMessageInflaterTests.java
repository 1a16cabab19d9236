package io.wsboot.websocket.server.tomcat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import io.wsboot.websocket.protocol.ClientDeflater;
import jakarta.websocket.Extension;
import org.apache.tomcat.websocket.MessagePart;
import org.apache.tomcat.websocket.PerMessageDeflate;
import org.apache.tomcat.websocket.Transformation;
import org.apache.tomcat.websocket.TransformationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * {@link PerMessageInflater} byte by byte, driven the way Tomcat's frame reader drives a
 * transformation: a message buffer that is emptied on overflow, payload that arrives in chunks.
 */
class PerMessageInflaterTests {

	private static final byte TEXT = 1;

	private static final byte BINARY = 2;

	private static final byte CONTINUATION = 0;

	private static final byte PING = 9;

	private static final int RSV1 = 0b100;

	static Stream<Arguments> messages() {
		List<Arguments> cases = new ArrayList<>();
		int[] buffers = { 125, 8192 };
		for (int buffer : buffers) {
			for (int boundary : new int[] { buffer, 2 * buffer, 8 * buffer }) {
				for (int size = boundary - 3; size <= boundary + 3; size++) {
					for (String shape : new String[] { "repeated", "random", "json" }) {
						cases.add(Arguments.of(buffer, size, shape));
					}
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "buffer {0}, {1} bytes, {2}")
	@MethodSource("messages")
	void everyMessageArrivesWholeWhateverTheBufferAndItsCompressibility(int buffer, int size, String shape)
			throws IOException {
		byte[] message = payload(size, shape);
		Peer peer = new Peer(false);
		for (int chunk : new int[] { 1, 7, 4096, Integer.MAX_VALUE }) {
			byte[] received = peer.receive(List.of(Frame.compressedMessage(peer.compress(message))), buffer, chunk);
			assertThat(received).as("%d bytes arriving in chunks of %d", size, chunk).hasSize(size).isEqualTo(message);
		}
	}

	@Test
	void aCompressedMessageSplitOverManyFramesArrivesWhole() throws IOException {
		byte[] message = payload(100_003, "repeated");
		Peer peer = new Peer(false);
		byte[] compressed = peer.compress(message);
		List<Frame> frames = new ArrayList<>();
		for (int offset = 0; offset < compressed.length; offset += 5) {
			byte[] part = Arrays.copyOfRange(compressed, offset, Math.min(compressed.length, offset + 5));
			boolean last = offset + 5 >= compressed.length;
			frames.add(new Frame((offset == 0) ? BINARY : CONTINUATION, last, (offset == 0) ? RSV1 : 0, part));
		}
		assertThat(peer.receive(frames, 8192, 3)).isEqualTo(message);
	}

	@Test
	void laterMessagesUseTheContextOfEarlierOnesUnlessTheClientResetsIt() throws IOException {
		for (boolean noContextTakeover : new boolean[] { false, true }) {
			Peer peer = new Peer(noContextTakeover);
			for (int i = 0; i < 5; i++) {
				byte[] message = ("{\"order\":" + i + ",\"item\":\"" + "b".repeat(9000) + "\"}")
					.getBytes(StandardCharsets.UTF_8);
				assertThat(peer.receive(List.of(Frame.compressedMessage(peer.compress(message))), 8192,
						Integer.MAX_VALUE))
					.as("message %d, client_no_context_takeover %s", i, noContextTakeover)
					.isEqualTo(message);
			}
		}
	}

	@Test
	void anUncompressedMessageOnACompressingConnectionPassesThrough() throws IOException {
		byte[] message = payload(9000, "repeated");
		Peer peer = new Peer(false);
		assertThat(peer.receive(List.of(new Frame(TEXT, true, 0, message)), 8192, 1000)).isEqualTo(message);
	}

	@Test
	void aMessageEndedByAFinalDeflateBlockArrivesWholeAndTheNextStartsAfresh() throws IOException {
		Peer peer = new Peer(false);
		for (int i = 0; i < 2; i++) {
			byte[] message = payload(20_000 + i, "repeated");
			Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
			deflater.setInput(message);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[1024];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			assertThat(peer.receive(List.of(Frame.compressedMessage(out.toByteArray())), 8192, Integer.MAX_VALUE))
				.isEqualTo(message);
		}
	}

	@Test
	void dataThatIsNotDeflateFailsTheConnection() {
		Peer peer = new Peer(false);
		byte[] garbage = { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x13, 0x37 };
		assertThatIOException()
			.isThrownBy(() -> peer.receive(List.of(Frame.compressedMessage(garbage)), 8192, Integer.MAX_VALUE))
			.withMessageStartingWith("Compressed message is not valid deflate data");
	}

	@Test
	void rsv1MarksOnlyTheFirstFrameOfADataMessage() {
		Transformation inflater = new Peer(false).inflater;
		assertThat(inflater.validateRsv(RSV1, TEXT)).isTrue();
		assertThat(inflater.validateRsv(RSV1, BINARY)).isTrue();
		assertThat(inflater.validateRsv(0, CONTINUATION)).isTrue();
		assertThat(inflater.validateRsv(RSV1, CONTINUATION)).isFalse();
		assertThat(inflater.validateRsv(RSV1, PING)).isFalse();
		assertThat(inflater.validateRsv(0b010, TEXT)).isFalse();
		assertThat(inflater.validateRsv(0b001, TEXT)).isFalse();
	}

	@Test
	void onlyTomcatsOwnDeflateAloneIsReplaced() {
		Transformation tomcats = PerMessageDeflate.BUILDER.build(List.of(List.of()), true);
		List<Extension> one = List.of(tomcats.getExtensionResponse());
		assertThat(PerMessageInflater.around(tomcats, one)).isInstanceOf(PerMessageInflater.class);
		assertThat(PerMessageInflater.around(tomcats, List.of(one.get(0), new Named("other", List.of()))))
			.isSameAs(tomcats);
	}

	static byte[] payload(int size, String shape) {
		return switch (shape) {
			case "repeated" -> {
				byte[] bytes = new byte[size];
				Arrays.fill(bytes, (byte) 'b');
				yield bytes;
			}
			case "random" -> {
				byte[] bytes = new byte[size];
				new Random(size).nextBytes(bytes);
				yield bytes;
			}
			default -> {
				StringBuilder json = new StringBuilder("[");
				IntStream.range(0, size).takeWhile((i) -> json.length() < size).forEach((i) -> json
					.append("{\"id\":").append(i).append(",\"name\":\"item ").append(i % 97).append("\"},"));
				yield Arrays.copyOf(json.toString().getBytes(StandardCharsets.US_ASCII), size);
			}
		};
	}

	/** An extension, or a parameter without a value, by its name. */
	record Named(String getName, List<Extension.Parameter> getParameters) implements Extension, Extension.Parameter {

		@Override
		public String getValue() {
			return null;
		}

	}

	/** A frame as the client sent it: its payload is what the transformation below reads. */
	record Frame(byte opCode, boolean fin, int rsv, byte[] payload) {

		static Frame compressedMessage(byte[] payload) {
			return new Frame(BINARY, true, RSV1, payload);
		}

	}

	/**
	 * The server side of one connection, with its inflater, and the client's deflater for the
	 * messages it sends.
	 */
	static final class Peer {

		private final ClientDeflater deflater = new ClientDeflater();

		private final boolean noContextTakeover;

		private final Payload payload = new Payload();

		final Transformation inflater;

		Peer(boolean noContextTakeover) {
			this.noContextTakeover = noContextTakeover;
			List<Extension.Parameter> offer = noContextTakeover
					? List.of(new Named("client_no_context_takeover", List.of())) : List.of();
			Transformation tomcats = PerMessageDeflate.BUILDER.build(List.of(offer), true);
			this.inflater = PerMessageInflater.around(tomcats, List.of(tomcats.getExtensionResponse()));
			this.inflater.setNext(this.payload);
		}

		/** Compresses a message as a client does. */
		byte[] compress(byte[] message) {
			byte[] compressed = this.deflater.compress(message);
			if (this.noContextTakeover) {
				this.deflater.reset();
			}
			return compressed;
		}

		/**
		 * Reads frames as Tomcat's frame reader does: a message buffer of the given size, emptied
		 * into the message whenever it overflows, and payload that arrives {@code chunk} bytes at a
		 * time.
		 */
		byte[] receive(List<Frame> frames, int bufferSize, int chunk) throws IOException {
			ByteArrayOutputStream message = new ByteArrayOutputStream();
			ByteBuffer buffer = ByteBuffer.allocate(bufferSize);
			for (Frame frame : frames) {
				this.payload.start(frame.payload(), chunk);
				TransformationResult result;
				do {
					result = this.inflater.getMoreData(frame.opCode(), frame.fin(), frame.rsv(), buffer);
					if (result == TransformationResult.UNDERFLOW) {
						this.payload.arrive();
					}
					else {
						message.write(buffer.array(), 0, buffer.position());
						buffer.clear();
					}
				}
				while (result != TransformationResult.END_OF_FRAME);
			}
			return message.toByteArray();
		}

	}

	/**
	 * The end of the chain, standing for Tomcat's unmasking transformation: hands out the payload
	 * of the current frame as far as it has arrived.
	 */
	static final class Payload implements Transformation {

		private byte[] payload = new byte[0];

		private int chunk;

		private int arrived;

		private int read;

		void start(byte[] payload, int chunk) {
			this.payload = payload;
			this.chunk = chunk;
			this.read = 0;
			this.arrived = 0;
			arrive();
		}

		void arrive() {
			this.arrived = (int) Math.min(this.payload.length, (long) this.arrived + this.chunk);
		}

		@Override
		public TransformationResult getMoreData(byte opCode, boolean fin, int rsv, ByteBuffer dest) {
			assertThat(rsv).as("RSV bits passed on").isZero();
			int length = Math.min(this.arrived - this.read, dest.remaining());
			dest.put(this.payload, this.read, length);
			this.read += length;
			if (this.read == this.payload.length) {
				return TransformationResult.END_OF_FRAME;
			}
			return (this.read == this.arrived) ? TransformationResult.UNDERFLOW : TransformationResult.OVERFLOW;
		}

		@Override
		public boolean validateRsv(int rsv, byte opCode) {
			return rsv == 0;
		}

		@Override
		public boolean validateRsvBits(int bits) {
			return true;
		}

		@Override
		public Extension getExtensionResponse() {
			throw new UnsupportedOperationException();
		}

		@Override
		public void setNext(Transformation transformation) {
		}

		@Override
		public List<MessagePart> sendMessagePart(List<MessagePart> parts) {
			return parts;
		}

		@Override
		public void close() {
		}

	}

}
