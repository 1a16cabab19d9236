package io.wsboot.websocket.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;

import io.wsboot.websocket.protocol.FrameSink;
import org.jspecify.annotations.Nullable;

/**
 * One WebSocket connection of the underlying container, as the dispatch core uses it. Adapters
 * implement it; the core calls the send methods one at a time, never concurrently. A send that
 * cannot complete within the endpoint's send time limit throws {@link java.net.SocketTimeoutException}.
 */
public interface Transport extends FrameSink<IOException> {

	/**
	 * The container's identifier of the connection.
	 * @return the id
	 */
	String id();

	/**
	 * Whether the connection runs over TLS.
	 * @return whether it is secure
	 */
	boolean isSecure();

	/**
	 * The sub-protocol agreed in the handshake.
	 * @return the sub-protocol, or {@code null}
	 */
	@Nullable String negotiatedSubProtocol();

	/**
	 * The peer's address, for monitoring.
	 * @return the address, or {@code null} when the container does not know it (yet)
	 */
	default @Nullable InetSocketAddress remoteAddress() {
		return null;
	}

	/**
	 * Sends a whole text message, blocking until it is written.
	 * @param text the message
	 * @throws IOException when the write fails
	 */
	void sendText(String text) throws IOException;

	/**
	 * Sends a whole binary message, blocking until it is written.
	 * @param data the message
	 * @throws IOException when the write fails
	 */
	void sendBinary(ByteBuffer data) throws IOException;

	/**
	 * Sends one frame of a text message that is split into several, blocking until it is written.
	 * @param part the frame's text, never splitting a character
	 * @param first whether it starts the message
	 * @param last whether it ends the message
	 * @throws IOException when the write fails
	 */
	void sendTextPart(String part, boolean first, boolean last) throws IOException;

	/**
	 * Sends one frame of a binary message that is split into several, blocking until it is written.
	 * @param part the frame's bytes
	 * @param first whether it starts the message
	 * @param last whether it ends the message
	 * @throws IOException when the write fails
	 */
	void sendBinaryPart(ByteBuffer part, boolean first, boolean last) throws IOException;

	/** A message in one frame is sent whole, as containers prefer; a longer one part by part. */
	@Override
	default void text(String part, boolean first, boolean last) throws IOException {
		if (first && last) {
			sendText(part);
		}
		else {
			sendTextPart(part, first, last);
		}
	}

	/** A message in one frame is sent whole, as containers prefer; a longer one part by part. */
	@Override
	default void binary(ByteBuffer part, boolean first, boolean last) throws IOException {
		if (first && last) {
			sendBinary(part);
		}
		else {
			sendBinaryPart(part, first, last);
		}
	}

	/**
	 * Sends a ping frame.
	 * @param data at most 125 bytes
	 * @throws IOException when the write fails
	 */
	void sendPing(ByteBuffer data) throws IOException;

	/**
	 * Sends a pong frame.
	 * @param data at most 125 bytes
	 * @throws IOException when the write fails
	 */
	void sendPong(ByteBuffer data) throws IOException;

	/**
	 * Sends a close frame and lets the container finish the close handshake; the adapter reports the
	 * end with {@link ServiceDispatcher#onClosed(int, String)}.
	 * @param statusCode a valid status code
	 * @param reason at most 123 UTF-8 bytes
	 * @param timeout how long the container may wait for the peer's close frame
	 * @throws IOException when the write fails
	 */
	void sendClose(int statusCode, String reason, Duration timeout) throws IOException;

	/**
	 * Drops the connection without a close handshake.
	 */
	void abort();

	/**
	 * Whether a send from the calling thread may go straight out. A transport whose sends do not wait
	 * on this thread but queue without bound says {@code false} once its own buffer is full, so that
	 * the core queues in the bounded send buffer instead.
	 * @return whether a send can go straight out
	 */
	default boolean isWritable() {
		return true;
	}

}
