package io.wsboot.websocket.server.e2e;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.wsboot.websocket.testing.HttpHead;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare socket speaking just enough WebSocket to send what the real clients will not: a close
 * frame without a status code (RFC 6455 §5.5.1 allows it; the peer must then report 1005), or a
 * malformed frame.
 */
final class RawWebSocket implements AutoCloseable {

	private final Socket socket;

	/** The server's handshake response: status line and headers. */
	private final String head;

	private RawWebSocket(Socket socket, String head) {
		this.socket = socket;
		this.head = head;
	}

	String head() {
		return this.head;
	}

	static RawWebSocket connect(int port, String path) throws IOException {
		return connect(port, path, "");
	}

	/**
	 * Connects with extra handshake headers, such as an offer of permessage-deflate.
	 * @param headers header lines, each ending with CRLF
	 */
	static RawWebSocket connect(int port, String path, String headers) throws IOException {
		return upgrade(new Socket("127.0.0.1", port), port, path, headers);
	}

	/**
	 * Connects with a receive buffer of 4 KiB, for a peer that stops reading after the handshake:
	 * the server's writes to it soon find its TCP window closed.
	 */
	static RawWebSocket connectWithSmallReceiveBuffer(int port, String path) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(4096);
		socket.connect(new InetSocketAddress("127.0.0.1", port));
		return upgrade(socket, port, path, "");
	}

	private static RawWebSocket upgrade(Socket socket, int port, String path, String headers) throws IOException {
		socket.setSoTimeout(10_000);
		OutputStream out = socket.getOutputStream();
		out.write(HttpHead.upgradeRequest(port, path, headers).getBytes(StandardCharsets.US_ASCII));
		out.flush();
		String head = HttpHead.read(socket.getInputStream());
		assertThat(head).startsWith("HTTP/1.1 101");
		return new RawWebSocket(socket, head);
	}

	/**
	 * Writes bytes as they are, such as many frames made beforehand; blocks while the socket's
	 * buffers are full.
	 */
	void write(byte[] bytes) throws IOException {
		this.socket.getOutputStream().write(bytes);
		this.socket.getOutputStream().flush();
	}

	/**
	 * A masked text frame as bytes, for {@link #write(byte[])}.
	 * @param text at most 65535 bytes in UTF-8
	 */
	static byte[] maskedTextFrame(String text) {
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		byte[] mask = { 1, 2, 3, 4 };
		int header = (payload.length < 126) ? 2 : 4;
		byte[] frame = new byte[header + 4 + payload.length];
		frame[0] = (byte) 0x81;
		if (payload.length < 126) {
			frame[1] = (byte) (0x80 | payload.length);
		}
		else {
			frame[1] = (byte) (0x80 | 126);
			frame[2] = (byte) (payload.length >> 8);
			frame[3] = (byte) payload.length;
		}
		System.arraycopy(mask, 0, frame, header, 4);
		for (int i = 0; i < payload.length; i++) {
			frame[header + 4 + i] = (byte) (payload[i] ^ mask[i % 4]);
		}
		return frame;
	}

	/** Sends a masked text frame. */
	void sendText(String text) throws IOException {
		sendFrame(0x81, text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends one masked frame as given, right or wrong.
	 * @param head the first byte: FIN, RSV1 to RSV3 and the opcode
	 * @param payload at most 65535 bytes
	 */
	void sendFrame(int head, byte[] payload) throws IOException {
		byte[] mask = { 1, 2, 3, 4 };
		DataOutputStream out = new DataOutputStream(this.socket.getOutputStream());
		out.write(head);
		if (payload.length < 126) {
			out.write(0x80 | payload.length);
		}
		else {
			out.write(0x80 | 126);
			out.writeShort(payload.length);
		}
		out.write(mask);
		for (int i = 0; i < payload.length; i++) {
			out.write(payload[i] ^ mask[i % 4]);
		}
		out.flush();
	}

	/**
	 * Reads frames until the server's close frame.
	 * @return its status code, -1 for a close frame without one
	 * @throws EOFException when the server drops the connection without a close frame
	 */
	int readCloseCode() throws IOException {
		Frame frame = readFrame();
		while (frame.opcode() != 8) {
			frame = readFrame();
		}
		return (frame.payload().length < 2) ? -1 : ((frame.payload()[0] & 0xFF) << 8) | (frame.payload()[1] & 0xFF);
	}

	/**
	 * Sets how long a read waits in silence before it fails: ten seconds unless set.
	 */
	void readTimeout(Duration timeout) throws IOException {
		this.socket.setSoTimeout((int) timeout.toMillis());
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

	/**
	 * Reads what the server sent until the connection ends.
	 * @return {@code "close <code>"} for a close frame, {@code "dropped"} when the connection ended
	 * without one (end of stream or reset)
	 * @throws java.net.SocketTimeoutException when it has not ended within ten seconds of silence
	 */
	String readToTheEnd() throws IOException {
		try {
			return "close " + readCloseCode();
		}
		catch (EOFException | java.net.SocketException ex) {
			return "dropped";
		}
	}

	/** Resets the TCP connection: an RST instead of a FIN. */
	void reset() throws IOException {
		this.socket.setSoLinger(true, 0);
		this.socket.close();
	}

	/** Ends this side's output (a TCP FIN) while still reading. */
	void halfClose() throws IOException {
		this.socket.shutdownOutput();
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
