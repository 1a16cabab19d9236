package io.wsboot.websocket.protocol;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CloseReasonsTests {

	@Test
	void shortReasonIsKept() {
		assertThat(CloseReasons.fit("bye")).isEqualTo("bye");
	}

	@Test
	void nullReasonIsEmpty() {
		assertThat(CloseReasons.fit(null)).isEmpty();
	}

	@Test
	void reasonOf123BytesIsKeptAnd124IsCut() {
		assertThat(CloseReasons.fit("a".repeat(123))).hasSize(123);
		assertThat(CloseReasons.fit("a".repeat(124))).hasSize(123);
	}

	@Test
	void cutNeverSplitsACharacter() {
		String cut = CloseReasons.fit("€".repeat(50));
		assertThat(cut).isEqualTo("€".repeat(41));
		assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(123);
		String emoji = CloseReasons.fit("a" + "😀".repeat(40));
		assertThat(emoji).isEqualTo("a" + "😀".repeat(30));
	}

	@Test
	void bindingFailureKeepsADetailOfUpTo100Characters() {
		String detail = "x".repeat(100);
		assertThat(CloseReasons.bindingFailed("data binding failed: " + detail))
			.isEqualTo("data binding failed: " + detail);
	}

	@ParameterizedTest
	@ValueSource(ints = { 97, 98, 99, 100 })
	void bindingFailureKeepsADetailUpTo100Characters(int length) {
		String message = "data binding failed: " + "y".repeat(length);
		assertThat(CloseReasons.bindingFailed(message)).isEqualTo(message);
	}

	@ParameterizedTest
	@ValueSource(ints = { 101, 102, 103 })
	void bindingFailureCutsADetailJustOver100Characters(int length) {
		assertThat(CloseReasons.bindingFailed("data binding failed: " + "y".repeat(length)))
			.isEqualTo("data binding failed: " + "y".repeat(80) + "...");
	}

	@Test
	void bindingFailureCutsALongerDetailTo80CharactersAndAnEllipsis() {
		String detail = "0123456789".repeat(11);
		assertThat(CloseReasons.bindingFailed("data binding failed: " + detail))
			.isEqualTo("data binding failed: " + detail.substring(0, 80) + "...");
	}

	@Test
	void bindingFailureOfWideCharactersStaysWithinTheFrame() {
		String reason = CloseReasons.bindingFailed("data binding failed: " + "é".repeat(90));
		assertThat(reason).startsWith("data binding failed: é").endsWith("é...");
		assertThat(reason.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(123);
	}

}
