package io.wsboot.websocket.protocol;

import java.nio.ByteBuffer;

/**
 * Where the frames of an outgoing message go, one after another: a server transport or a client
 * link. A message that fits one frame comes as a single part that is both first and last.
 *
 * @param <E> what a write may throw
 */
public interface FrameSink<E extends Exception> {

	/**
	 * Writes one frame of a text message.
	 * @param part the frame's text, never splitting a character
	 * @param first whether it starts the message
	 * @param last whether it ends the message
	 * @throws E when the write fails
	 */
	void text(String part, boolean first, boolean last) throws E;

	/**
	 * Writes one frame of a binary message.
	 * @param part the frame's bytes
	 * @param first whether it starts the message
	 * @param last whether it ends the message
	 * @throws E when the write fails
	 */
	void binary(ByteBuffer part, boolean first, boolean last) throws E;

}
