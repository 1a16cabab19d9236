package io.wsboot.websocket.server.conformance;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A client's permessage-deflate offer (RFC 7692 §7.1), or {@link #NONE} for no extension at all.
 *
 * @param offered whether the extension is offered
 * @param clientNoContextTakeover whether the client says it will reset its compressor per message
 * @param serverNoContextTakeover whether the client asks the server to reset per message
 * @param clientMaxWindowBits the client's window bits (0 for the bare parameter), or {@code null}
 * @param serverMaxWindowBits the window bits the client asks the server to stay within, or {@code null}
 */
record DeflateOffer(boolean offered, boolean clientNoContextTakeover, boolean serverNoContextTakeover,
		@Nullable Integer clientMaxWindowBits, @Nullable Integer serverMaxWindowBits) {

	static final DeflateOffer NONE = new DeflateOffer(false, false, false, null, null);

	/** The offer browsers make: context takeover both ways, any client window. */
	static final DeflateOffer DEFAULT = new DeflateOffer(true, false, false, 0, null);

	static DeflateOffer noContextTakeover(boolean client, boolean server) {
		return new DeflateOffer(true, client, server, null, null);
	}

	static DeflateOffer clientMaxWindowBits(int bits) {
		return new DeflateOffer(true, false, false, bits, null);
	}

	static DeflateOffer serverMaxWindowBits(int bits) {
		return new DeflateOffer(true, false, false, null, bits);
	}

	/** The value of the {@code Sec-WebSocket-Extensions} request header, or {@code null} when nothing is offered. */
	@Nullable String header() {
		if (!this.offered) {
			return null;
		}
		List<String> parts = new ArrayList<>(List.of("permessage-deflate"));
		if (this.clientNoContextTakeover) {
			parts.add("client_no_context_takeover");
		}
		if (this.serverNoContextTakeover) {
			parts.add("server_no_context_takeover");
		}
		if (this.clientMaxWindowBits != null) {
			parts.add((this.clientMaxWindowBits == 0) ? "client_max_window_bits"
					: "client_max_window_bits=" + this.clientMaxWindowBits);
		}
		if (this.serverMaxWindowBits != null) {
			parts.add("server_max_window_bits=" + this.serverMaxWindowBits);
		}
		return String.join("; ", parts);
	}

}
