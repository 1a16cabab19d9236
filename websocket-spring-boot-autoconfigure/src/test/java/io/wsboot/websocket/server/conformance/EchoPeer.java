package io.wsboot.websocket.server.conformance;

import java.nio.charset.StandardCharsets;

import io.wsboot.websocket.testing.OkHttpTestClient;

/**
 * One connection of the echo sweep, through whichever client the sweep names: send a message, read
 * what comes back.
 */
interface EchoPeer extends AutoCloseable {

	void send(int opcode, byte[] payload);

	Received next() throws InterruptedException;

	@Override
	void close();

	/** The clients of the sweep, each with its own way of framing and compressing. */
	enum Client {

		/** The raw client without compression. */
		RAW_PLAIN,

		/** The raw client, compressing every message with the JDK's {@code Deflater}. */
		RAW_DEFLATE,

		/** OkHttp, which compresses messages of 1 KiB and more. */
		OKHTTP;

		/** An event of OkHttp as the raw client would have read it; OkHttp reports no frame counts. */
		private static Received received(OkHttpTestClient.Event event) {
			if (event instanceof OkHttpTestClient.Event.Text text) {
				return new Received.Message(Frame.TEXT, text.text().getBytes(StandardCharsets.UTF_8), 1);
			}
			if (event instanceof OkHttpTestClient.Event.Binary binary) {
				return new Received.Message(Frame.BINARY, binary.data(), 1);
			}
			if (event instanceof OkHttpTestClient.Event.Closing close) {
				return new Received.Close(close.code(), close.reason());
			}
			return new Received.Eof();
		}

		EchoPeer connect(int port, String path) {
			if (this == OKHTTP) {
				OkHttpTestClient okHttp = OkHttpTestClient.connect(port, path);
				if (okHttp.extensions() == null || !okHttp.extensions().startsWith("permessage-deflate")) {
					okHttp.close();
					throw new AssertionError("Expected permessage-deflate agreed but was " + okHttp.extensions());
				}
				return new EchoPeer() {

					@Override
					public void send(int opcode, byte[] payload) {
						if (opcode == Frame.TEXT) {
							okHttp.send(new String(payload, StandardCharsets.UTF_8));
						}
						else {
							okHttp.send(payload);
						}
					}

					@Override
					public Received next() throws InterruptedException {
						return received(okHttp.next());
					}

					@Override
					public void close() {
						okHttp.close();
					}

				};
			}
			RawFrameClient raw = RawFrameClient.connect(port, path,
					(this == RAW_DEFLATE) ? DeflateOffer.DEFAULT : DeflateOffer.NONE);
			if ((raw.deflate() != null) != (this == RAW_DEFLATE)) {
				raw.close();
				throw new AssertionError("Expected compression " + ((this == RAW_DEFLATE) ? "agreed" : "not agreed"));
			}
			return new EchoPeer() {

				@Override
				public void send(int opcode, byte[] payload) {
					raw.sendMessage(opcode, payload);
				}

				@Override
				public Received next() {
					return raw.next();
				}

				@Override
				public void close() {
					raw.close();
				}

			};
		}

	}

}
