package io.wsboot.websocket.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wsboot.websocket.testing.HttpHead;

/**
 * A misbehaving peer on a plain socket: it never answers the handshake ({@link Mode#SILENT}), drops
 * each connection at once ({@link Mode#HANG_UP}), or accepts the upgrade and then reads and ignores
 * everything, close frames included ({@link Mode#DEAF}). Not a WebSocket implementation: it writes
 * only the 101 answer.
 */
final class RawTestServer implements AutoCloseable {

	private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

	private static final Pattern KEY = Pattern.compile("(?im)^Sec-WebSocket-Key:\\s*(\\S+)");

	enum Mode {

		SILENT, HANG_UP, DEAF

	}

	private final ServerSocket socket;

	private final Mode mode;

	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	private final AtomicInteger connections = new AtomicInteger();

	private RawTestServer(ServerSocket socket, Mode mode) {
		this.socket = socket;
		this.mode = mode;
		Thread acceptor = new Thread(this::acceptAll, "raw-test-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	static RawTestServer start(Mode mode) throws IOException {
		return start(mode, 0);
	}

	static RawTestServer start(Mode mode, int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return new RawTestServer(socket, mode);
	}

	int port() {
		return this.socket.getLocalPort();
	}

	String url(String path) {
		return "ws://127.0.0.1:" + port() + path;
	}

	int connections() {
		return this.connections.get();
	}

	private void acceptAll() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				this.connections.incrementAndGet();
				this.accepted.add(client);
				Thread handler = new Thread(() -> handle(client), "raw-test-connection");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void handle(Socket client) {
		try (client) {
			if (this.mode == Mode.HANG_UP) {
				return;
			}
			InputStream in = client.getInputStream();
			String request = HttpHead.read(in);
			if (this.mode == Mode.DEAF) {
				Matcher key = KEY.matcher(request);
				key.find();
				OutputStream out = client.getOutputStream();
				out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
						+ "Sec-WebSocket-Accept: " + accept(key.group(1)) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			// The client went away.
		}
	}

	private static String accept(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		for (Socket client : this.accepted) {
			client.close();
		}
	}

}
