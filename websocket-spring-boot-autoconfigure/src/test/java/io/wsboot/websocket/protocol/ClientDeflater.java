package io.wsboot.websocket.protocol;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * A client's permessage-deflate compressor (RFC 7692 §7.2.1) on the JDK's raw {@link Deflater}, for
 * tests: each message is compressed with a sync flush and its trailing {@code 00 00 ff ff} cut. Not
 * thread safe.
 */
public final class ClientDeflater {

	private static final byte[] TAIL = { 0, 0, (byte) 0xFF, (byte) 0xFF };

	private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);

	/**
	 * Compresses one message, keeping the window for the next unless {@link #reset()} is called.
	 * @param message the message
	 * @return the payload to send with RSV1
	 */
	public byte[] compress(byte[] message) {
		this.deflater.setInput(message);
		ByteArrayOutputStream out = new ByteArrayOutputStream(message.length / 4 + 64);
		byte[] buffer = new byte[8192];
		int written;
		do {
			written = this.deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
			out.write(buffer, 0, written);
		}
		while (written == buffer.length || !this.deflater.needsInput());
		byte[] compressed = out.toByteArray();
		if (endsWithTail(compressed)) {
			return Arrays.copyOf(compressed, compressed.length - TAIL.length);
		}
		// output without a trailing empty stored block (zlib writes nothing for an empty message
		// after a flush) gets one appended, which leaves a single 00 once the tail is cut
		return Arrays.copyOf(compressed, compressed.length + 1);
	}

	/** Forgets the window, as {@code client_no_context_takeover} asks after each message. */
	public void reset() {
		this.deflater.reset();
	}

	private static boolean endsWithTail(byte[] data) {
		return data.length >= TAIL.length
				&& Arrays.equals(data, data.length - TAIL.length, data.length, TAIL, 0, TAIL.length);
	}

}
