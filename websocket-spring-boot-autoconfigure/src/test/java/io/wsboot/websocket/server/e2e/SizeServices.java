package io.wsboot.websocket.server.e2e;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * Answers each message with its kind, size and digest, so that a test can tell a whole message
 * from a cut one without echoing megabytes.
 */
final class SizeServices {

	private SizeServices() {
	}

	static String describe(String kind, byte[] data) {
		try {
			return kind + ":" + data.length + ":"
					+ HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@WebSocketService("/ws/size")
	static class SizeUpgrade implements UpgradeService {

		private final ServiceEvents log;

		SizeUpgrade(ServiceEvents log) {
			this.log = log;
		}

		@Override
		public SizeService get(HandshakeRequest request) {
			return new SizeService(this.log, request.queryParam("tag"));
		}

	}

	public static class SizeService implements Service {

		private final ServiceEvents log;

		private final String tag;

		SizeService(ServiceEvents log, String tag) {
			this.log = log;
			this.tag = tag;
		}

		public String onTextMessage(String text) {
			return describe("text", text.getBytes(StandardCharsets.UTF_8));
		}

		public String onBinaryMessage(byte[] data) {
			return describe("binary", data);
		}

		public void onError(WebSocketException error) {
			this.log.record(this.tag, error.getClass().getSimpleName() + ": " + error.getMessage());
		}

	}

}
