package io.wsboot.websocket.connection;

import io.wsboot.websocket.ConnectionClosureException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link CloseState}: the phases and their changes, and the one rule for a write that finds the
 * connection not open, with the reference's exact texts.
 */
class CloseStateTests {

	private static final String TEXT_AFTER_CLOSE = "Close frame already sent. Cannot push text data!";

	private static final String BINARY_AFTER_CLOSE = "Close frame already sent. Cannot push binary data.";

	private final CloseState state = new CloseState();

	@Test
	void anOpenConnectionTakesWrites() {
		assertThat(this.state.phase()).isEqualTo(CloseState.Phase.OPEN);
		assertThat(this.state.isOpen()).isTrue();
		assertThat(this.state.closedHere()).isFalse();
		assertThatNoException().isThrownBy(() -> this.state.checkWritable(true));
	}

	@Test
	void afterThisSidesCloseFrameAWriteSaysTheCloseFrameWasSent() {
		assertThat(this.state.startClosing()).isTrue();
		assertThat(this.state.phase()).isEqualTo(CloseState.Phase.CLOSING);
		assertThat(this.state.closedHere()).isTrue();
		assertWriteFails(TEXT_AFTER_CLOSE, BINARY_AFTER_CLOSE);
	}

	@Test
	void afterThisSidesCloseHasEndedAWriteStillSaysTheCloseFrameWasSent() {
		this.state.startClosing();
		assertThat(this.state.ended()).isEqualTo(CloseState.Phase.CLOSING);
		assertWriteFails(TEXT_AFTER_CLOSE, BINARY_AFTER_CLOSE);
	}

	@Test
	void afterThePeersCloseAWriteFindsTheConnectionAlreadyClosed() {
		assertThat(this.state.ended()).isEqualTo(CloseState.Phase.OPEN);
		assertThat(this.state.closedHere()).isFalse();
		assertWriteFails("Connection already closed", "Connection already closed");
	}

	@Test
	void aCloseStartsOnlyOnceAndNotAfterTheEnd() {
		assertThat(this.state.startClosing()).isTrue();
		assertThat(this.state.startClosing()).isFalse();
		CloseState ended = new CloseState();
		ended.ended();
		assertThat(ended.startClosing()).isFalse();
		assertThat(ended.closedHere()).as("a close that found the end is not this side's").isFalse();
		assertThat(ended.phase()).isEqualTo(CloseState.Phase.CLOSED);
	}

	@Test
	void closingHereWithoutAFrameMakesAnOpenConnectionClosing() {
		this.state.closeHere();
		assertThat(this.state.phase()).isEqualTo(CloseState.Phase.CLOSING);
		assertThat(this.state.startClosing()).isFalse();
		assertWriteFails(TEXT_AFTER_CLOSE, BINARY_AFTER_CLOSE);
	}

	@Test
	void closingHereAfterTheEndKeepsItClosedButMakesTheCloseThisSides() {
		this.state.ended();
		this.state.closeHere();
		assertThat(this.state.phase()).isEqualTo(CloseState.Phase.CLOSED);
		assertWriteFails(TEXT_AFTER_CLOSE, BINARY_AFTER_CLOSE);
	}

	@Test
	void theErrorOfAGivenPhaseFollowsTheSameRule() {
		assertThat(this.state.closedError(CloseState.Phase.CLOSING, true)).hasMessage(TEXT_AFTER_CLOSE);
		assertThat(this.state.closedError(CloseState.Phase.CLOSED, false)).hasMessage("Connection already closed");
	}

	private void assertWriteFails(String text, String binary) {
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(() -> this.state.checkWritable(true))
			.withMessage(text);
		assertThatExceptionOfType(ConnectionClosureException.class).isThrownBy(() -> this.state.checkWritable(false))
			.withMessage(binary);
	}

}
