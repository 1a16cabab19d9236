package io.wsboot.websocket.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import static org.awaitility.Awaitility.await;

/**
 * A real Redis for the cluster tests: Debian's {@code redis-server} as a subprocess on a free loopback
 * port, without persistence ({@code --save '' --appendonly no}). It can be stopped and started again on
 * the same port, to test an outage. {@code bash scripts/test.sh} installs {@code redis-server} when it
 * is missing.
 */
public final class RedisServer implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofSeconds(10);

	private final int port;

	private final Path directory;

	/** The running server; null while stopped. */
	private @Nullable Process process;

	private RedisServer(int port, Path directory) {
		this.port = port;
		this.directory = directory;
	}

	/** Starts a server on a free loopback port and waits until it answers {@code PING}. */
	public static RedisServer start() {
		try {
			RedisServer server = new RedisServer(freePort(), Files.createTempDirectory("wsboot-redis"));
			server.restart();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	/** Starts the server again on its port (after {@link #stop()}) and waits until it answers {@code PING}. */
	public void restart() {
		try {
			this.process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(this.port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no", "--dir", this.directory.toString()))
				.redirectErrorStream(true)
				.redirectOutput(this.directory.resolve("redis.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run redis-server (install Debian's redis-server, as "
					+ "scripts/test.sh does)", ex);
		}
		await().atMost(STARTUP).pollInterval(Duration.ofMillis(20)).ignoreExceptions().until(this::answersPing);
	}

	/** Stops the server (SIGTERM) and waits until its process has ended. */
	public void stop() {
		Process running = this.process;
		if (running != null) {
			running.destroy();
			try {
				if (!running.waitFor(10, TimeUnit.SECONDS)) {
					running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.process = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	private boolean answersPing() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] answer = in.readNBytes(7);
			return "+PONG\r\n".equals(new String(answer, StandardCharsets.US_ASCII));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
