package io.wsboot.websocket.server.reactive;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionDecoder;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.wsboot.websocket.server.EndpointSettings;
import reactor.netty.Connection;

/**
 * wsboot's handlers in the pipeline of a Reactor Netty WebSocket, put there as the connection's
 * handler starts, before its first frame is read (so the decoders they replace hold no bytes yet):
 * the checks of RFC 6455 that Reactor Netty leaves out, wsboot's inflater, violations answered in
 * order, and one flush per batch of writes.
 */
final class ConnectionPipeline {

	/**
	 * Each write asks for a flush (a system call); this handler turns the flushes asked for while
	 * Netty reads a batch of frames, or while a task to flush is pending, into one.
	 */
	private static final String FLUSH_CONSOLIDATION = "wsboot.flushConsolidation";

	/** Flushes put off at most before one goes through. */
	private static final int MAX_PENDING_FLUSHES = 256;

	private static final String FRAME_GUARD = "wsboot.frameGuard";

	private static final String UTF8_VALIDATOR = "wsboot.utf8Validator";

	private static final String VIOLATIONS = "wsboot.violationsInOrder";

	private ConnectionPipeline() {
	}

	/**
	 * Completes the pipeline of a connection that has just been upgraded.
	 * @param connection the connection
	 * @param settings its endpoint's settings, for the frame and message limits
	 */
	static void complete(Connection connection, EndpointSettings settings) {
		connection.addHandlerFirst(FLUSH_CONSOLIDATION, new FlushConsolidationHandler(MAX_PENDING_FLUSHES, true));
		ChannelPipeline pipeline = connection.channel().pipeline();
		String decoder = pipeline.context(WebSocketFrameDecoder.class).name();
		pipeline.replace(decoder, decoder, new FrameDecoder(settings.maxFrameSize()));
		FrameGuard.Compression compression = FrameGuard.Compression.of(pipeline);
		pipeline.addAfter(decoder, FRAME_GUARD, new FrameGuard(compression));
		if (compression == FrameGuard.Compression.PER_MESSAGE) {
			ChannelHandlerContext deflate = pipeline.context(WebSocketExtensionDecoder.class);
			pipeline.replace(deflate.name(), deflate.name(), new MessageInflater(settings.maxMessageSize()));
		}
		connection.addHandlerLast(UTF8_VALIDATOR, new Utf8FrameValidator(false));
		connection.addHandlerLast(VIOLATIONS, new ViolationsInOrder());
	}

}
