package io.wsboot.websocket.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedCaseInsensitiveMap;
import org.springframework.util.StringUtils;

/**
 * Reads handshake request headers the same way for every transport.
 */
public final class HandshakeHeaders {

	private HandshakeHeaders() {
	}

	/**
	 * All headers as an immutable, case-insensitive map.
	 * @param headers the request headers
	 * @return the map
	 */
	public static Map<String, List<String>> readOnly(HttpHeaders headers) {
		Map<String, List<String>> copy = new LinkedCaseInsensitiveMap<>();
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * The sub-protocols the client asked for, in its order.
	 * @param headers the request headers
	 * @return an immutable list, empty when none
	 */
	public static List<String> subProtocols(HttpHeaders headers) {
		List<String> protocols = new ArrayList<>();
		for (String header : headers.getOrEmpty("Sec-WebSocket-Protocol")) {
			protocols.addAll(Arrays.asList(StringUtils.tokenizeToStringArray(header, ",")));
		}
		return Collections.unmodifiableList(protocols);
	}

}
