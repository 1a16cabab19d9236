package io.wsboot.websocket.protocol;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FragmentsTests {

	@Test
	void textThatFitsIsOnePart() {
		assertThat(Fragments.ofText("abcd", 4)).containsExactly("abcd");
		assertThat(Fragments.ofText("", 4)).containsExactly("");
	}

	@Test
	void partsNeverSplitACharacter() {
		assertThat(Fragments.ofText("aé€😀b", 4)).containsExactly("aé", "€", "😀", "b");
		assertThat(Fragments.ofText("abcde", 4)).containsExactly("abcd", "e");
	}

	@Test
	void everyPartFitsTheFrame() {
		String text = "x€é😀".repeat(1000);
		assertThat(Fragments.ofText(text, 1000)).allSatisfy(
				(part) -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1000))
			.satisfies((parts) -> assertThat(String.join("", parts)).isEqualTo(text));
	}

}
