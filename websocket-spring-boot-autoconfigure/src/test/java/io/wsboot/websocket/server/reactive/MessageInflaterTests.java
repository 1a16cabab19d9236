package io.wsboot.websocket.server.reactive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.wsboot.websocket.protocol.ClientDeflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link MessageInflater} in a Netty channel of its own: compressed messages in any number of
 * frames, uncompressed ones passed on, the message limit held while inflating, bad data refused.
 */
class MessageInflaterTests {

	private static final int RSV1 = 0b100;

	private final ClientDeflater deflater = new ClientDeflater();

	@ParameterizedTest(name = "{0} frames")
	@ValueSource(ints = { 1, 2, 10, 100, 1000 })
	void aCompressedMessageInAnyNumberOfFramesInflatesWhole(int frames) {
		byte[] message = json(20_000);
		EmbeddedChannel channel = new EmbeddedChannel(new MessageInflater(1 << 20));
		List<WebSocketFrame> sent = split(compress(message), frames);
		sent.forEach(channel::writeInbound);
		assertThat(received(channel, sent.size())).isEqualTo(message);
	}

	@Test
	void laterMessagesInflateWithTheWindowOfEarlierOnes() {
		EmbeddedChannel channel = new EmbeddedChannel(new MessageInflater(1 << 20));
		for (int i = 0; i < 3; i++) {
			byte[] message = json(5_000 + i);
			channel.writeInbound(new TextWebSocketFrame(true, RSV1, Unpooled.wrappedBuffer(compress(message))));
			assertThat(received(channel, 1)).isEqualTo(message);
		}
	}

	@Test
	void uncompressedMessagesAndControlFramesPassUntouched() {
		EmbeddedChannel channel = new EmbeddedChannel(new MessageInflater(1 << 20));
		TextWebSocketFrame plain = new TextWebSocketFrame("plain");
		PingWebSocketFrame ping = new PingWebSocketFrame(Unpooled.wrappedBuffer(new byte[] { 1 }));
		channel.writeInbound(plain, ping);
		assertThat((Object) channel.readInbound()).isSameAs(plain);
		assertThat((Object) channel.readInbound()).isSameAs(ping);
	}

	@Test
	void aMessageThatInflatesPastTheLimitFailsWith1009BeforeItIsHeld() {
		byte[] bomb = new byte[10_000_000];
		EmbeddedChannel channel = new EmbeddedChannel(new MessageInflater(65_536));
		assertThatExceptionOfType(CorruptedWebSocketFrameException.class)
			.isThrownBy(() -> channel.writeInbound(new BinaryWebSocketFrame(true, RSV1,
					Unpooled.wrappedBuffer(compress(bomb)))))
			.satisfies((ex) -> assertThat(ex.closeStatus()).isEqualTo(WebSocketCloseStatus.MESSAGE_TOO_BIG))
			.withMessage("Max message size of 65536 bytes has been exceeded.");
	}

	@Test
	void dataThatIsNotDeflateFailsWith1007() {
		EmbeddedChannel channel = new EmbeddedChannel(new MessageInflater(1 << 20));
		byte[] garbage = { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x13, 0x37 };
		assertThatExceptionOfType(CorruptedWebSocketFrameException.class)
			.isThrownBy(() -> channel.writeInbound(new TextWebSocketFrame(true, RSV1, Unpooled.wrappedBuffer(garbage))))
			.satisfies((ex) -> assertThat(ex.closeStatus()).isEqualTo(WebSocketCloseStatus.INVALID_PAYLOAD_DATA))
			.withMessageStartingWith("Compressed message is not valid deflate data");
	}

	private byte[] compress(byte[] message) {
		return this.deflater.compress(message);
	}

	private static List<WebSocketFrame> split(byte[] compressed, int frames) {
		List<WebSocketFrame> split = new ArrayList<>();
		int size = (compressed.length + frames - 1) / frames;
		for (int i = 0; i < frames; i++) {
			ByteBuf part = Unpooled.wrappedBuffer(Arrays.copyOfRange(compressed, Math.min(compressed.length, i * size),
					Math.min(compressed.length, (i + 1) * size)));
			boolean last = i == frames - 1;
			split.add((i == 0) ? new TextWebSocketFrame(last, RSV1, part) : new ContinuationWebSocketFrame(last, 0, part));
		}
		return split;
	}

	private static byte[] received(EmbeddedChannel channel, int frames) {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		for (int i = 0; i < frames; i++) {
			WebSocketFrame frame = channel.readInbound();
			assertThat(frame.rsv()).as("RSV bits of frame %d", i).isZero();
			assertThat(frame.isFinalFragment()).as("frame %d ends the message", i).isEqualTo(i == frames - 1);
			message.writeBytes(ByteBufUtil.getBytes(frame.content()));
			frame.release();
		}
		assertThat((Object) channel.readInbound()).isNull();
		return message.toByteArray();
	}

	private static byte[] json(int size) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; json.length() < size; i++) {
			json.append("{\"id\":").append(i).append(",\"name\":\"item ").append(i % 97).append("\"},");
		}
		return json.substring(0, size).getBytes(StandardCharsets.US_ASCII);
	}

}
