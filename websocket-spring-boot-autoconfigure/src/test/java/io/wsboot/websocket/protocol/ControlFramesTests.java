package io.wsboot.websocket.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ControlFrames}: payloads of up to 125 bytes pass, larger ones are refused naming the frame.
 */
class ControlFramesTests {

	@Test
	void payloadsUpTo125BytesPass() {
		byte[] largest = new byte[125];
		assertThat(ControlFrames.checkPayload("Ping", largest)).isSameAs(largest);
		assertThat(ControlFrames.checkPayload("Pong", new byte[0])).isEmpty();
	}

	@Test
	void aLargerPayloadIsRefusedNamingTheFrame() {
		assertThatIllegalArgumentException().isThrownBy(() -> ControlFrames.checkPayload("Pong", new byte[126]))
			.withMessage("Pong payload must be at most 125 bytes but was 126");
	}

}
