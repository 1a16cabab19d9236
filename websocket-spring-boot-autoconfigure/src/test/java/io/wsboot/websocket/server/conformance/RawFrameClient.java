package io.wsboot.websocket.server.conformance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.wsboot.websocket.testing.HttpHead;
import org.jspecify.annotations.Nullable;

/**
 * A WebSocket client on a bare socket that writes whatever frames a test asks for, valid or not,
 * optionally with permessage-deflate, and reads what the server answers as {@link Received} events.
 * Nothing is answered automatically: pings and closes are returned to the test. Not thread safe.
 */
final class RawFrameClient implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Socket socket;

	private final DataInputStream in;

	private final OutputStream out;

	private final @Nullable AgreedDeflate agreed;

	/** Compression of this connection, {@code null} when none was agreed. */
	private final @Nullable PerMessageDeflate deflate;

	/** The payload read so far of a message whose last frame has not come yet; empty between messages. */
	private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

	/** The opcode of the message in {@link #partial}, -1 between messages. */
	private int partialOpcode = -1;

	/** Whether the message in {@link #partial} came with RSV1 set, so is compressed. */
	private boolean partialCompressed;

	/** How many frames carried the message in {@link #partial}. */
	private int partialFrames;

	private RawFrameClient(Socket socket, InputStream in, OutputStream out, @Nullable AgreedDeflate agreed) {
		this.socket = socket;
		this.in = new DataInputStream(in);
		this.out = out;
		this.agreed = agreed;
		this.deflate = (agreed != null) ? new PerMessageDeflate(agreed) : null;
	}

	static RawFrameClient connect(int port, String path) {
		return connect(port, path, DeflateOffer.NONE);
	}

	static RawFrameClient connect(int port, String path, DeflateOffer offer) {
		try {
			Socket socket = new Socket("127.0.0.1", port);
			socket.setSoTimeout((int) TIMEOUT.toMillis());
			socket.setTcpNoDelay(true);
			String extensions = offer.header();
			String headers = (extensions != null) ? "Sec-WebSocket-Extensions: " + extensions + "\r\n" : "";
			socket.getOutputStream()
				.write(HttpHead.upgradeRequest(port, path, headers).getBytes(StandardCharsets.US_ASCII));
			InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
			String head = HttpHead.read(in);
			if (!head.startsWith("HTTP/1.1 101")) {
				socket.close();
				throw new AssertionError("Expected HTTP 101 but was " + head.lines().toList());
			}
			return new RawFrameClient(socket, in, socket.getOutputStream(),
					AgreedDeflate.parse(HttpHead.header(head, "sec-websocket-extensions")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The permessage-deflate parameters the server agreed, or {@code null} when it agreed none. */
	@Nullable AgreedDeflate deflate() {
		return this.agreed;
	}

	/** Sends frames as they are, in one write. */
	void send(Frame... frames) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (Frame frame : frames) {
			bytes.writeBytes(frame.encode());
		}
		try {
			this.out.write(bytes.toByteArray());
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The server closed the connection before frames could be sent", ex);
		}
	}

	/** Sends a text or binary message in one frame, compressed when compression was agreed. */
	void sendMessage(int opcode, byte[] message) {
		sendMessage(opcode, message, 1, this.deflate != null);
	}

	/**
	 * Sends a message split into {@code frames} frames of about the same size (some may be empty).
	 * @param opcode {@link Frame#TEXT} or {@link Frame#BINARY}
	 * @param message the whole message
	 * @param frames how many frames to use
	 * @param compress whether to compress it (RSV1 on the first frame); needs agreed compression
	 */
	void sendMessage(int opcode, byte[] message, int frames, boolean compress) {
		byte[] payload = message;
		if (compress) {
			if (this.deflate == null) {
				throw new IllegalStateException("The server agreed no compression");
			}
			payload = this.deflate.compress(message);
		}
		Frame[] parts = new Frame[frames];
		int step = payload.length / frames;
		for (int i = 0; i < frames; i++) {
			int end = (i == frames - 1) ? payload.length : (i + 1) * step;
			byte[] part = Arrays.copyOfRange(payload, i * step, end);
			Frame frame = Frame.of(i == frames - 1, (i == 0) ? opcode : Frame.CONTINUATION, part);
			parts[i] = (i == 0 && compress) ? frame.withRsv(Frame.RSV1) : frame;
		}
		send(parts);
	}

	/** Sends a close frame with a status code and a reason. */
	void sendClose(int code, byte[] reason) {
		send(Frame.of(true, Frame.CLOSE, ByteBuffer.allocate(2 + reason.length)
			.putShort((short) code)
			.put(reason)
			.array()));
	}

	/**
	 * Reads the next message, control frame or end of stream; fails the test after {@link #TIMEOUT}
	 * without any.
	 */
	Received next() {
		try {
			while (true) {
				int first = this.in.read();
				if (first < 0) {
					return new Received.Eof();
				}
				byte[] payload = readPayload();
				int opcode = first & 0x0F;
				if (opcode >= Frame.CLOSE) {
					return control(opcode, payload);
				}
				if (opcode != Frame.CONTINUATION) {
					this.partialOpcode = opcode;
					this.partialCompressed = (first & 0x40) != 0;
				}
				this.partial.writeBytes(payload);
				this.partialFrames++;
				if ((first & 0x80) != 0) {
					return completeMessage();
				}
			}
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("Nothing from the server within " + TIMEOUT, ex);
		}
		catch (EOFException | SocketException ex) {
			return new Received.Eof();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Received.Message completeMessage() {
		byte[] payload = this.partial.toByteArray();
		if (this.partialCompressed && this.deflate != null) {
			payload = this.deflate.decompress(payload);
		}
		Received.Message message = new Received.Message(this.partialOpcode, payload, this.partialFrames);
		this.partial.reset();
		this.partialOpcode = -1;
		this.partialFrames = 0;
		return message;
	}

	private byte[] readPayload() throws IOException {
		int second = this.in.readUnsignedByte();
		long length = second & 0x7F;
		if (length == 126) {
			length = this.in.readUnsignedShort();
		}
		else if (length == 127) {
			length = this.in.readLong();
		}
		if ((second & 0x80) != 0) {
			throw new AssertionError("The server sent a masked frame (RFC 6455 §5.1)");
		}
		byte[] payload = new byte[Math.toIntExact(length)];
		this.in.readFully(payload);
		return payload;
	}

	private static Received control(int opcode, byte[] payload) {
		if (opcode != Frame.CLOSE) {
			return new Received.Control(opcode, payload);
		}
		if (payload.length < 2) {
			return new Received.Close(Received.NO_STATUS, "");
		}
		int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
		return new Received.Close(code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
