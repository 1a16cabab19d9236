package io.wsboot.websocket.server.e2e;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare socket speaking just enough WebSocket to send what the real clients will not, such as a
 * close frame without a status code (RFC 6455 §5.5.1 allows it; the peer must then report 1005).
 */
final class RawWebSocket implements AutoCloseable {

	private final Socket socket;

	private RawWebSocket(Socket socket) {
		this.socket = socket;
	}

	static RawWebSocket connect(int port, String path) throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(10_000);
		OutputStream out = socket.getOutputStream();
		out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
				+ "Sec-WebSocket-Version: 13\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		String head = readHead(socket.getInputStream());
		assertThat(head).startsWith("HTTP/1.1 101");
		return new RawWebSocket(socket);
	}

	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				break;
			}
			head.append((char) next);
		}
		return head.toString();
	}

	/** Sends a masked text frame. */
	void sendText(String text) throws IOException {
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		byte[] mask = { 1, 2, 3, 4 };
		OutputStream out = this.socket.getOutputStream();
		out.write(0x81);
		out.write(0x80 | payload.length);
		out.write(mask);
		for (int i = 0; i < payload.length; i++) {
			out.write(payload[i] ^ mask[i % 4]);
		}
		out.flush();
	}

	/** Reads one unmasked frame from the server. */
	Frame readFrame() throws IOException {
		DataInputStream in = new DataInputStream(this.socket.getInputStream());
		int first = in.readUnsignedByte();
		int length = in.readUnsignedByte() & 0x7F;
		if (length == 126) {
			length = in.readUnsignedShort();
		}
		else if (length == 127) {
			length = (int) in.readLong();
		}
		byte[] payload = new byte[length];
		in.readFully(payload);
		return new Frame(first & 0x0F, (first & 0x80) != 0, payload);
	}

	/** A frame as it came: its opcode, whether it ends the message, its payload. */
	record Frame(int opcode, boolean fin, byte[] payload) {

	}

	/** Sends a masked close frame with an empty payload. */
	void sendCloseWithoutStatus() throws IOException {
		this.socket.getOutputStream().write(new byte[] { (byte) 0x88, (byte) 0x80, 1, 2, 3, 4 });
		this.socket.getOutputStream().flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
