package io.wsboot.websocket.cluster;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Arrays;

import io.wsboot.websocket.server.ConnectionSelector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What one instance writes another reads back: every selector, every portable attribute value, text and
 * binary payloads of any size, and clear refusals of bytes that are not a message.
 */
class ClusterMessageCodecTests {

	private final ClusterMessageCodec codec = new ClusterMessageCodec(getClass().getClassLoader());

	@Test
	void everySelectorTravels() {
		for (ConnectionSelector selector : new ConnectionSelector[] { new ConnectionSelector.All(),
				new ConnectionSelector.Endpoint("/ws/room/{room}"), new ConnectionSelector.PathVariable("room", "blue"),
				new ConnectionSelector.User("ann"), new ConnectionSelector.Id("42"),
				new ConnectionSelector.Attribute("nick", "bob") }) {
			assertThat(roundTrip(selector, "x").selector()).isEqualTo(selector);
		}
	}

	@Test
	void portableAttributeValuesKeepTheirType() {
		for (Object value : new Object[] { "text", 7, 7L, true, DayOfWeek.MONDAY, null }) {
			ConnectionSelector.Attribute attribute = new ConnectionSelector.Attribute("a", value);
			assertThat(roundTrip(attribute, "x").selector()).isEqualTo(attribute);
		}
	}

	@Test
	void onlyStringsNumbersBooleansAndEnumsArePortable() {
		assertThat(ClusterMessageCodec.isPortable(DayOfWeek.FRIDAY)).isTrue();
		assertThat(ClusterMessageCodec.isPortable(1.5)).isFalse();
		assertThat(ClusterMessageCodec.isPortable(new StringBuilder())).isFalse();
	}

	@Test
	void textAndBinaryPayloadsArriveUnchanged() {
		String text = "héllo ✓ 𝄞".repeat(10_000);
		byte[] binary = new byte[70_000];
		Arrays.fill(binary, (byte) 0xFE);
		ClusterMessage readText = roundTrip(new ConnectionSelector.All(), text);
		assertThat(readText.payload()).isEqualTo(text);
		assertThat(readText.sender()).isEqualTo("instance-1");
		assertThat(roundTrip(new ConnectionSelector.All(), binary).payload()).isEqualTo(binary);
	}

	@Test
	void bytesThatAreNotAMessageAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.decode("hello".getBytes(StandardCharsets.UTF_8)))
			.withMessage("Expected a cluster message of version 1 but was 104");
		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.decode(new byte[] { 1, 0 }))
			.withMessageStartingWith("Not a cluster message: java.io.EOFException");
	}

	private ClusterMessage roundTrip(ConnectionSelector selector, Object payload) {
		return this.codec.decode(this.codec.encode(new ClusterMessage("instance-1", selector, payload)));
	}

}
