package io.wsboot.websocket.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

	@Test
	void binaryThatFitsIsOnePartEvenWhenEmpty() {
		assertThat(Fragments.ofBinary(new byte[4], 4)).singleElement()
			.satisfies((part) -> assertThat(part.remaining()).isEqualTo(4));
		assertThat(Fragments.ofBinary(new byte[0], 4)).singleElement()
			.satisfies((part) -> assertThat(part.remaining()).isZero());
	}

	@Test
	void binaryIsSplitAtTheFrameSizeInOrder() {
		byte[] data = new byte[10];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) i;
		}
		List<ByteBuffer> parts = Fragments.ofBinary(data, 4);
		assertThat(parts).extracting(ByteBuffer::remaining).containsExactly(4, 4, 2);
		ByteBuffer joined = ByteBuffer.allocate(10);
		parts.forEach(joined::put);
		assertThat(joined.array()).isEqualTo(data);
	}

	@Test
	void writingSendsEachPartInOrderMarkingTheFirstAndTheLast() {
		List<String> frames = new ArrayList<>();
		FrameSink<RuntimeException> sink = new FrameSink<>() {

			@Override
			public void text(String part, boolean first, boolean last) {
				frames.add(part + (first ? " first" : "") + (last ? " last" : ""));
			}

			@Override
			public void binary(ByteBuffer part, boolean first, boolean last) {
				frames.add(part.remaining() + (first ? " first" : "") + (last ? " last" : ""));
			}

		};
		Fragments.writeText("abcdefghij", 4, sink);
		Fragments.writeText("ab", 4, sink);
		Fragments.writeBinary(new byte[9], 4, sink);
		Fragments.writeBinary(new byte[0], 4, sink);
		assertThat(frames).containsExactly("abcd first", "efgh", "ij last", "ab first last", "4 first", "4", "1 last",
				"0 first last");
	}

}
