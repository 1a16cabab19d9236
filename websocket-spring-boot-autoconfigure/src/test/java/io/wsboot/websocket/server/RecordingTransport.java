package io.wsboot.websocket.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * A {@link Transport} that records the frames the core sends, for unit tests of the core.
 */
final class RecordingTransport implements Transport {

	final List<String> frames = new CopyOnWriteArrayList<>();

	/** What each send throws instead, as a container does when the session closed under the write. */
	volatile @Nullable Exception sendFailure;

	@Override
	public String id() {
		return "test-1";
	}

	@Override
	public boolean isSecure() {
		return false;
	}

	@Override
	public @Nullable String negotiatedSubProtocol() {
		return null;
	}

	@Override
	public void sendText(String text) throws IOException {
		failIfAsked();
		this.frames.add("text:" + text);
	}

	@Override
	public void sendBinary(ByteBuffer data) throws IOException {
		failIfAsked();
		this.frames.add("binary:" + data.remaining());
	}

	@Override
	public void sendTextPart(String part, boolean first, boolean last) throws IOException {
		failIfAsked();
		this.frames.add("text-part:" + part + (last ? ":last" : ""));
	}

	@Override
	public void sendBinaryPart(ByteBuffer part, boolean first, boolean last) throws IOException {
		failIfAsked();
		this.frames.add("binary-part:" + part.remaining() + (last ? ":last" : ""));
	}

	@Override
	public void sendPing(ByteBuffer data) throws IOException {
		failIfAsked();
		this.frames.add("ping:" + StandardCharsets.UTF_8.decode(data));
	}

	@Override
	public void sendPong(ByteBuffer data) throws IOException {
		failIfAsked();
		this.frames.add("pong:" + StandardCharsets.UTF_8.decode(data));
	}

	@Override
	public void sendClose(int statusCode, String reason, Duration timeout) {
		this.frames.add("close:" + statusCode + ":" + reason);
	}

	private void failIfAsked() throws IOException {
		Exception failure = this.sendFailure;
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure != null) {
			throw (RuntimeException) failure;
		}
	}

	@Override
	public void abort() {
		this.frames.add("abort");
	}

}
