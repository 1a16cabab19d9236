package io.wsboot.websocket.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on a loopback port in front of a server, whose {@link #cut()} drops every connection
 * through it at once without a WebSocket close frame, as a network failure does (the client sees
 * 1006). New connections are accepted again right after.
 */
public final class CuttableProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final int targetPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private CuttableProxy(ServerSocket listener, int targetPort) {
		this.listener = listener;
		this.targetPort = targetPort;
	}

	public static CuttableProxy to(int targetPort) throws IOException {
		ServerSocket listener = new ServerSocket();
		listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		CuttableProxy proxy = new CuttableProxy(listener, targetPort);
		daemon("proxy-accept", proxy::accept);
		return proxy;
	}

	public int port() {
		return this.listener.getLocalPort();
	}

	/** Drops every connection through the proxy. */
	public void cut() {
		this.sockets.forEach(CuttableProxy::closeQuietly);
		this.sockets.clear();
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.sockets.add(client);
				this.sockets.add(server);
				pump(client, server);
				pump(server, client);
			}
			catch (IOException ex) {
				// the listener was closed
			}
		}
	}

	private static void pump(Socket from, Socket to) {
		daemon("proxy-pump", () -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					out.write(buffer, 0, n);
				}
			}
			catch (IOException ex) {
				// cut, or closed by an end
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
		cut();
	}

}
