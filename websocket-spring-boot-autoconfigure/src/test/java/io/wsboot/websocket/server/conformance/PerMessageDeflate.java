package io.wsboot.websocket.server.conformance;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The client's side of RFC 7692 with the JDK's raw {@link Deflater} and {@link Inflater}: each message
 * is compressed with a sync flush and sent without its trailing {@code 00 00 ff ff}, which is put back
 * before inflating. Not thread safe: one per connection, used by the test thread only.
 */
final class PerMessageDeflate {

	private static final byte[] TAIL = { 0, 0, (byte) 0xFF, (byte) 0xFF };

	private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);

	private final Inflater inflater = new Inflater(true);

	private final AgreedDeflate agreed;

	PerMessageDeflate(AgreedDeflate agreed) {
		this.agreed = agreed;
	}

	byte[] compress(byte[] message) {
		this.deflater.setInput(message);
		ByteArrayOutputStream out = new ByteArrayOutputStream(message.length / 4 + 64);
		byte[] buffer = new byte[8192];
		int written;
		do {
			written = this.deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
			out.write(buffer, 0, written);
		}
		while (written == buffer.length || !this.deflater.needsInput());
		if (this.agreed.clientNoContextTakeover()) {
			this.deflater.reset();
		}
		byte[] compressed = out.toByteArray();
		if (endsWithTail(compressed)) {
			return Arrays.copyOf(compressed, compressed.length - TAIL.length);
		}
		// RFC 7692 §7.2.1: output without a trailing empty stored block (zlib writes nothing for an
		// empty message after a flush) gets one appended, which leaves a single 00 once the tail is cut
		return Arrays.copyOf(compressed, compressed.length + 1);
	}

	byte[] decompress(byte[] compressed) {
		byte[] input = Arrays.copyOf(compressed, compressed.length + TAIL.length);
		System.arraycopy(TAIL, 0, input, compressed.length, TAIL.length);
		this.inflater.setInput(input);
		ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4 + 64);
		byte[] buffer = new byte[8192];
		try {
			int read;
			do {
				read = this.inflater.inflate(buffer);
				out.write(buffer, 0, read);
			}
			while (read > 0 || (!this.inflater.needsInput() && !this.inflater.finished()));
		}
		catch (DataFormatException ex) {
			throw new AssertionError("The server sent a compressed message that does not inflate", ex);
		}
		if (this.agreed.serverNoContextTakeover()) {
			this.inflater.reset();
		}
		return out.toByteArray();
	}

	private static boolean endsWithTail(byte[] data) {
		return data.length >= TAIL.length
				&& Arrays.equals(data, data.length - TAIL.length, data.length, TAIL, 0, TAIL.length);
	}

}
