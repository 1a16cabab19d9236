package io.wsboot.websocket.connection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.ConnectionClosureException;
import io.wsboot.websocket.WebSocketException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What both ends inherit: {@code writeMessage} sends a {@code String} as text, a {@code byte[]} as
 * binary and anything else as JSON text; a close with an invalid code or a negative timeout fails
 * with the reference's text before anything is sent; attributes are stored, read and removed.
 */
class ConnectionBaseTests {

	private final Recording connection = new Recording();

	@Test
	void writeMessageSendsAStringAsTextBytesAsBinaryAndAnythingElseAsJsonText() {
		this.connection.writeMessage("hi");
		this.connection.writeMessage(new byte[] { 1, 2 });
		this.connection.writeMessage(Map.of("n", 1));
		assertThat(this.connection.events).containsExactly("text:hi", "binary:2", "text:json({n=1})");
	}

	@Test
	void closeWithAnInvalidStatusCodeFailsBeforeAnythingIsSent() {
		assertThatExceptionOfType(ConnectionClosureException.class)
			.isThrownBy(() -> this.connection.close(1005, "no", Duration.ofSeconds(1)))
			.withMessage("Failed to execute close. Invalid status code: 1005");
		assertThat(this.connection.events).isEmpty();
	}

	@Test
	void closeWithANegativeTimeoutFailsBeforeAnythingIsSent() {
		assertThatExceptionOfType(WebSocketException.class)
			.isThrownBy(() -> this.connection.close(1000, "no", Duration.ofSeconds(-1)))
			.withMessage("Invalid timeout value: PT-1S");
		assertThat(this.connection.events).isEmpty();
	}

	@Test
	void closeWithValidArgumentsReachesTheConnection() {
		this.connection.close(4000, "bye", Duration.ZERO);
		assertThat(this.connection.events).containsExactly("close:4000:bye:PT0S");
	}

	@Test
	void attributesAreStoredReadAndRemoved() {
		this.connection.setAttribute("nick", "ann");
		assertThat(this.connection.getAttribute("nick")).isEqualTo("ann");
		assertThat(this.connection.removeAttribute("nick")).isEqualTo("ann");
		assertThat(this.connection.getAttribute("nick")).isNull();
	}

	/** Records what reaches the connection's own side. */
	static class Recording extends ConnectionBase {

		final List<String> events = new ArrayList<>();

		@Override
		protected String toJson(Object value) {
			return "json(" + value + ")";
		}

		@Override
		protected void closeChecked(int statusCode, @Nullable String reason, Duration timeout) {
			this.events.add("close:" + statusCode + ":" + reason + ":" + timeout);
		}

		@Override
		public void writeTextMessage(String text) {
			this.events.add("text:" + text);
		}

		@Override
		public void writeBinaryMessage(byte[] data) {
			this.events.add("binary:" + data.length);
		}

		@Override
		public void ping(byte[] data) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void pong(byte[] data) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void close() {
			throw new UnsupportedOperationException();
		}

		@Override
		public void close(int statusCode, @Nullable String reason) {
			throw new UnsupportedOperationException();
		}

		@Override
		public String id() {
			return "test";
		}

		@Override
		public boolean isOpen() {
			return true;
		}

		@Override
		public boolean isSecure() {
			return false;
		}

		@Override
		public @Nullable String negotiatedSubProtocol() {
			return null;
		}

	}

}
