package io.wsboot.websocket.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The head of an HTTP/1.1 message (start line and headers) on a bare socket, for test peers that speak the
 * WebSocket handshake themselves.
 */
public final class HttpHead {

	private HttpHead() {
	}

	/**
	 * The GET request that asks to upgrade {@code path} on {@code 127.0.0.1:port} to WebSocket, with the sample key of
	 * RFC 6455 §1.3.
	 * @param headers extra header lines, each ending with CRLF, or the empty string
	 * @return the request head, blank line included
	 */
	public static String upgradeRequest(int port, String path, String headers) {
		return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
				+ "Sec-WebSocket-Version: 13\r\n" + headers + "\r\n";
	}

	/**
	 * Reads one byte at a time, so nothing after the head is consumed, up to and including the blank line that ends
	 * the head, or to the end of the stream.
	 */
	public static String read(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		int next;
		while (!head.toString().endsWith("\r\n\r\n") && (next = in.read()) >= 0) {
			head.append((char) next);
		}
		return head.toString();
	}

	/** The value of the first header of that name (case-insensitive), or {@code null} when the head has none. */
	public static @Nullable String header(String head, String name) {
		String prefix = name.toLowerCase(Locale.ROOT) + ":";
		return head.lines()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
			.map((line) -> line.substring(prefix.length()).trim())
			.findFirst()
			.orElse(null);
	}

}
