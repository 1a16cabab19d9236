package io.wsboot.websocket.protocol;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Utf8} counts what the JDK's encoder writes, at every length boundary.
 */
class Utf8Tests {

	@ParameterizedTest(name = "U+{0}")
	@ValueSource(ints = { 0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF })
	void oneCharacterAtEveryBoundary(int codePoint) {
		String text = Character.toString(codePoint);
		assertThat(Utf8.length(codePoint)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
		assertThat(Utf8.length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "plain", "caf\u00e9", "\u20ac100", "\ud83d\ude00 smile", "mixed \u00e9\u20ac\ud83d\ude00a" })
	void textAsTheEncoderWritesIt(String text) {
		assertThat(Utf8.length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void anUnpairedSurrogateCountsAsThreeBytes() {
		assertThat(Utf8.length("\ud83d")).isEqualTo(3);
		assertThat(Utf8.length("a\ude00")).isEqualTo(4);
		assertThat(Utf8.length("\ude00\ud83d")).isEqualTo(6);
	}

}
