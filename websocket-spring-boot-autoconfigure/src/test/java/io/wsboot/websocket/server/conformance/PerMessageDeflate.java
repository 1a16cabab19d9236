package io.wsboot.websocket.server.conformance;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import io.wsboot.websocket.protocol.ClientDeflater;

/**
 * The client's side of RFC 7692 with the JDK's raw deflater and {@link Inflater}: each message
 * is compressed with a sync flush and sent without its trailing {@code 00 00 ff ff}, which is put back
 * before inflating. Not thread safe: one per connection, used by the test thread only.
 */
final class PerMessageDeflate {

	private static final byte[] TAIL = { 0, 0, (byte) 0xFF, (byte) 0xFF };

	private final ClientDeflater deflater = new ClientDeflater();

	private final Inflater inflater = new Inflater(true);

	private final AgreedDeflate agreed;

	PerMessageDeflate(AgreedDeflate agreed) {
		this.agreed = agreed;
	}

	byte[] compress(byte[] message) {
		byte[] compressed = this.deflater.compress(message);
		if (this.agreed.clientNoContextTakeover()) {
			this.deflater.reset();
		}
		return compressed;
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

}
