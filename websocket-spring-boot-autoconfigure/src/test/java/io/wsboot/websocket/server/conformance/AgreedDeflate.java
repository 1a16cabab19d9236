package io.wsboot.websocket.server.conformance;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The permessage-deflate parameters a server agreed in its {@code Sec-WebSocket-Extensions} response
 * header, or {@code null} from {@link #parse} when it agreed no compression.
 *
 * @param parameters each parameter the server answered with, and its value ({@code ""} when bare)
 */
record AgreedDeflate(Map<String, String> parameters) {

	static @Nullable AgreedDeflate parse(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String[] parts = header.split(";");
		if (!parts[0].trim().equalsIgnoreCase("permessage-deflate")) {
			throw new AssertionError("Expected permessage-deflate but the server agreed '" + header + "'");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (int i = 1; i < parts.length; i++) {
			String[] pair = parts[i].trim().split("=", 2);
			parameters.put(pair[0].trim().toLowerCase(Locale.ROOT), (pair.length > 1) ? unquote(pair[1].trim()) : "");
		}
		return new AgreedDeflate(parameters);
	}

	private static String unquote(String value) {
		return (value.length() > 1 && value.startsWith("\"")) ? value.substring(1, value.length() - 1) : value;
	}

	/** Whether this client must reset its compressor after each message. */
	boolean clientNoContextTakeover() {
		return this.parameters.containsKey("client_no_context_takeover");
	}

	/** Whether the server resets its compressor after each message. */
	boolean serverNoContextTakeover() {
		return this.parameters.containsKey("server_no_context_takeover");
	}

}
