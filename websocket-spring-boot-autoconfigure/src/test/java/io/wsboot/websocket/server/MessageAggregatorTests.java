package io.wsboot.websocket.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.wsboot.websocket.PayloadTooLargeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessageAggregatorTests {

	private final MessageAggregator aggregator = new MessageAggregator(10);

	@Test
	void textUpToTheLimitInUtf8BytesIsJoined() {
		assertThat(this.aggregator.text("€€", false)).isNull();
		assertThat(this.aggregator.text("ab", false)).isNull();
		assertThat(this.aggregator.text("c", true)).isEqualTo("€€abc");
		assertThat(this.aggregator.text("€€€a", true)).isEqualTo("€€€a");
	}

	@Test
	void textOneByteOverTheLimitIsRefused() {
		assertThat(this.aggregator.text("€€€", false)).isNull();
		assertThatExceptionOfType(PayloadTooLargeException.class).isThrownBy(() -> this.aggregator.text("ab", true))
			.withMessage("Max message size of 10 bytes has been exceeded.");
		assertThatExceptionOfType(PayloadTooLargeException.class).isThrownBy(() -> this.aggregator.text("€€€€", true));
	}

	@Test
	void binaryAndUtf8TextBytesUpToTheLimitAreJoinedAndOneMoreIsRefused() {
		assertThat(this.aggregator.binary(ByteBuffer.wrap(new byte[6]), false)).isNull();
		assertThat(this.aggregator.binary(ByteBuffer.wrap(new byte[4]), true)).hasSize(10);
		byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
		assertThat(this.aggregator.textBytes(ByteBuffer.wrap(euro, 0, 2), false)).isNull();
		assertThat(this.aggregator.textBytes(ByteBuffer.wrap(euro, 2, 1), true)).isEqualTo("€");
		assertThatExceptionOfType(PayloadTooLargeException.class)
			.isThrownBy(() -> this.aggregator.binary(ByteBuffer.wrap(new byte[11]), true));
	}

}
