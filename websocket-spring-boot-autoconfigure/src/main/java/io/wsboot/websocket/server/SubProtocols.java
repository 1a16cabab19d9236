package io.wsboot.websocket.server;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which sub-protocol a handshake agrees: the first the client asks for that the endpoint accepts,
 * else {@value #BEARER} when the client offered it. A browser cannot set an {@code Authorization}
 * header on a WebSocket, so it offers {@value #BEARER} followed by its token; agreeing
 * {@value #BEARER} answers it, as browsers fail a handshake that agrees none of the protocols they
 * offered. The token itself is never agreed, so it is never sent back.
 */
public final class SubProtocols {

	/** The sub-protocol a client offers, followed by its bearer token. */
	public static final String BEARER = "bearer";

	private SubProtocols() {
	}

	/**
	 * The agreed sub-protocol.
	 * @param requested the protocols the client offered, in its order
	 * @param accepted the protocols the endpoint accepts
	 * @return the protocol, or {@code null} for none
	 */
	public static @Nullable String select(List<String> requested, List<String> accepted) {
		for (String protocol : requested) {
			if (accepted.contains(protocol)) {
				return protocol;
			}
		}
		return requested.contains(BEARER) ? BEARER : null;
	}

}
