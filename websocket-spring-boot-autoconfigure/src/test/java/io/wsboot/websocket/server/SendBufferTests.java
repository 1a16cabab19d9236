package io.wsboot.websocket.server;

import java.util.ArrayList;
import java.util.List;

import io.wsboot.websocket.SendBufferOverflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SendBuffer}: order, one sender at a time, the byte limit at its boundary, and both
 * overflow policies.
 */
class SendBufferTests {

	private static final long LIMIT = 1000;

	private final List<Integer> dropped = new ArrayList<>();

	private final EndpointMetrics metrics = new EndpointMetrics() {

		@Override
		public void dropped(int messages) {
			SendBufferTests.this.dropped.add(messages);
		}

	};

	private SendBuffer<String> buffer(SendBufferOverflow overflow) {
		return new SendBuffer<>(new SendBufferSettings(LIMIT, overflow), this.metrics);
	}

	@Test
	void theFirstMessageStartsASenderWhichTakesTheMessagesInOrderUntilNoneWait() {
		SendBuffer<String> buffer = buffer(SendBufferOverflow.CLOSE);
		assertThat(buffer.isIdle()).isTrue();
		assertThat(buffer.offer("a", 10)).isEqualTo(SendBuffer.Offer.START_SENDER);
		assertThat(buffer.offer("b", 10)).isEqualTo(SendBuffer.Offer.QUEUED);
		assertThat(buffer.isIdle()).isFalse();
		assertThat(buffer.bytes()).isEqualTo(20);
		assertThat(buffer.next()).isEqualTo("a");
		assertThat(buffer.next()).isEqualTo("b");
		assertThat(buffer.isIdle()).isFalse();
		assertThat(buffer.next()).isNull();
		assertThat(buffer.isIdle()).isTrue();
		assertThat(buffer.bytes()).isZero();
		assertThat(buffer.offer("c", 10)).isEqualTo(SendBuffer.Offer.START_SENDER);
	}

	@Test
	void aMessageLargerThanTheLimitIsTakenWhenNothingWaits() {
		SendBuffer<String> buffer = buffer(SendBufferOverflow.CLOSE);
		assertThat(buffer.offer("huge", 10 * LIMIT)).isEqualTo(SendBuffer.Offer.START_SENDER);
		assertThat(buffer.next()).isEqualTo("huge");
	}

	@ParameterizedTest
	@ValueSource(longs = { -3, -2, -1, 0 })
	void messagesUpToTheLimitFit(long belowLimit) {
		SendBuffer<String> buffer = buffer(SendBufferOverflow.CLOSE);
		buffer.offer("first", 100);
		assertThat(buffer.offer("second", LIMIT - 100 + belowLimit)).isEqualTo(SendBuffer.Offer.QUEUED);
		assertThat(buffer.hasOverflowed()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void underCloseAMessageOverTheLimitOverflowsAndNothingIsTakenAfterIt(long overLimit) {
		SendBuffer<String> buffer = buffer(SendBufferOverflow.CLOSE);
		buffer.offer("first", 100);
		assertThat(buffer.offer("second", LIMIT - 100 + overLimit)).isEqualTo(SendBuffer.Offer.OVERFLOWED);
		assertThat(buffer.hasOverflowed()).isTrue();
		assertThat(buffer.isIdle()).isFalse();
		assertThat(buffer.bytes()).isZero();
		assertThat(buffer.next()).as("what waited is discarded").isNull();
		assertThat(buffer.offer("third", 1)).isEqualTo(SendBuffer.Offer.REFUSED);
		assertThat(this.dropped).isEmpty();
	}

	@Test
	void underDropOldestTheOldestMessagesMakeRoomAndTheRestKeepTheirOrder() {
		SendBuffer<String> buffer = buffer(SendBufferOverflow.DROP_OLDEST);
		buffer.offer("a", 400);
		buffer.offer("b", 400);
		buffer.offer("c", 200);
		assertThat(buffer.offer("d", 500)).isEqualTo(SendBuffer.Offer.QUEUED);
		assertThat(this.dropped).containsExactly(2);
		assertThat(buffer.bytes()).isEqualTo(700);
		assertThat(buffer.next()).isEqualTo("c");
		assertThat(buffer.next()).isEqualTo("d");
		assertThat(buffer.next()).isNull();
		assertThat(buffer.hasOverflowed()).isFalse();
	}

	@Test
	void underDropOldestAMessageLargerThanTheLimitReplacesEverythingThatWaits() {
		SendBuffer<String> buffer = buffer(SendBufferOverflow.DROP_OLDEST);
		buffer.offer("a", 10);
		buffer.offer("b", 10);
		assertThat(buffer.offer("huge", LIMIT + 1)).isEqualTo(SendBuffer.Offer.QUEUED);
		assertThat(this.dropped).containsExactly(2);
		assertThat(buffer.next()).isEqualTo("huge");
		assertThat(buffer.next()).isNull();
	}

}
