package io.wsboot.sample;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Debian's {@code redis-server} (installed by {@code scripts/test.sh}) on a free loopback port, without
 * persistence, for the sample's {@code cluster} profile; closing it stops the process.
 */
public final class RedisServerProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private RedisServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts Redis and waits until it accepts connections.
	 * @return the running server
	 * @throws IOException if redis-server cannot be run
	 */
	public static RedisServerProcess start() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--dir", Files.createTempDirectory("redis").toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				return true;
			}
		});
		return new RedisServerProcess(process, port);
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
