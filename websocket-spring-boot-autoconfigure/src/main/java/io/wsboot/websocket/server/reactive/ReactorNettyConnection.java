package io.wsboot.websocket.server.reactive;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.wsboot.websocket.CorruptedFrameException;
import io.wsboot.websocket.PayloadTooLargeException;
import io.wsboot.websocket.server.ConnectionHandler;
import io.wsboot.websocket.server.Transport;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.Connection;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * One Reactor Netty WebSocket as the core's {@link Transport}, and the pump that hands its frames
 * to the {@link ConnectionHandler}: frames are copied off the event loop's buffers and handled one
 * at a time, in order, on a worker thread. Netty reads the next frame only when the previous one is
 * handled, so a slow service slows its socket instead of filling memory.
 */
final class ReactorNettyConnection implements Transport {

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final String id;

	private final boolean secure;

	private final Duration sendTimeLimit;

	/** The channel, set as the handler starts; null before. */
	private volatile @Nullable Connection connection;

	/** Whether the message being joined is text; read and written on the worker handling frames. */
	private boolean continuingText;

	ReactorNettyConnection(WebsocketInbound inbound, WebsocketOutbound outbound, String id, boolean secure,
			Duration sendTimeLimit) {
		this.inbound = inbound;
		this.outbound = outbound;
		this.id = id;
		this.secure = secure;
		this.sendTimeLimit = sendTimeLimit;
	}

	/**
	 * Handles the connection until it ends.
	 * @param handler the core's handler of this connection
	 * @param workers where service methods run
	 * @return completes when the connection has ended and {@code onClose} has run
	 */
	Mono<Void> run(ConnectionHandler handler, Scheduler workers) {
		this.inbound.withConnection((connection) -> this.connection = connection);
		Mono<Void> frames = Mono.fromRunnable(handler::onOpen)
			.subscribeOn(workers)
			.thenMany(this.inbound.receiveFrames().map(Frame::copyOf))
			.concatMap((frame) -> Mono.fromRunnable(() -> dispatch(frame, handler)).subscribeOn(workers), 1)
			.onErrorResume((failure) -> Mono.fromRunnable(() -> failed(handler, failure))
				.subscribeOn(workers)
				.then(Mono.empty()))
			.then();
		return frames.then(this.inbound.receiveCloseStatus()
			.map((status) -> new Frame(Frame.Kind.CLOSE, status.code(), reasonOf(status)))
			.defaultIfEmpty(new Frame(Frame.Kind.CLOSE, WebSocketCloseStatus.ABNORMAL_CLOSURE.code(), ""))
			.flatMap((close) -> Mono.fromRunnable(() -> handler.onClosed(close.statusCode(), close.text()))
				.subscribeOn(workers))
			.then());
	}

	/** A close frame without a status carries no reason; Netty names its status "Empty". */
	private static String reasonOf(WebSocketCloseStatus status) {
		return (status.code() == WebSocketCloseStatus.EMPTY.code()) ? "" : status.reasonText();
	}

	private void dispatch(Frame frame, ConnectionHandler handler) {
		switch (frame.kind()) {
			case TEXT -> {
				this.continuingText = !frame.last();
				handler.onTextBytesPart(ByteBuffer.wrap(frame.data()), frame.last());
			}
			case BINARY -> {
				this.continuingText = false;
				handler.onBinaryPart(ByteBuffer.wrap(frame.data()), frame.last());
			}
			case CONTINUATION -> {
				if (this.continuingText) {
					this.continuingText = !frame.last();
					handler.onTextBytesPart(ByteBuffer.wrap(frame.data()), frame.last());
				}
				else {
					handler.onBinaryPart(ByteBuffer.wrap(frame.data()), frame.last());
				}
			}
			case PING -> handler.onPing(ByteBuffer.wrap(frame.data()));
			case PONG -> handler.onPong(ByteBuffer.wrap(frame.data()));
			default -> {
			}
		}
	}

	/**
	 * Netty has already closed over a corrupted or oversized frame; a connection that ended is a
	 * drop, reported by the close that follows; anything else is a transport failure after which
	 * the connection is dropped, so that the peer is never left waiting on it.
	 */
	private void failed(ConnectionHandler handler, Throwable failure) {
		if (failure instanceof CorruptedWebSocketFrameException corrupted) {
			String message = String.valueOf(corrupted.getMessage());
			handler.onProtocolError((corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code())
					? new PayloadTooLargeException(message, corrupted) : new CorruptedFrameException(message, corrupted));
		}
		else if (failure instanceof AbortedException || AbortedException.isConnectionReset(failure)) {
			handler.onTransportError(new ClosedChannelException());
		}
		else {
			handler.onTransportError(failure);
			abort();
		}
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public boolean isSecure() {
		return this.secure;
	}

	@Override
	public @Nullable String negotiatedSubProtocol() {
		return this.inbound.selectedSubprotocol();
	}

	@Override
	public void sendText(String text) throws IOException {
		send(new TextWebSocketFrame(text));
	}

	@Override
	public void sendBinary(ByteBuffer data) throws IOException {
		send(new BinaryWebSocketFrame(this.outbound.alloc().buffer(data.remaining()).writeBytes(data)));
	}

	@Override
	public void sendTextPart(String part, boolean first, boolean last) throws IOException {
		send(first ? new TextWebSocketFrame(last, 0, part) : new ContinuationWebSocketFrame(last, 0, part));
	}

	@Override
	public void sendBinaryPart(ByteBuffer part, boolean first, boolean last) throws IOException {
		ByteBuf buffer = this.outbound.alloc().buffer(part.remaining()).writeBytes(part);
		send(first ? new BinaryWebSocketFrame(last, 0, buffer) : new ContinuationWebSocketFrame(last, 0, buffer));
	}

	@Override
	public void sendPing(ByteBuffer data) throws IOException {
		send(new PingWebSocketFrame(this.outbound.alloc().buffer(data.remaining()).writeBytes(data)));
	}

	@Override
	public void sendPong(ByteBuffer data) throws IOException {
		send(new PongWebSocketFrame(this.outbound.alloc().buffer(data.remaining()).writeBytes(data)));
	}

	/** Reactor Netty closes the connection once the close frame is written. */
	@Override
	public void sendClose(int statusCode, String reason, Duration timeout) throws IOException {
		try {
			this.outbound.sendClose(statusCode, reason).block(timeout);
		}
		catch (RuntimeException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	@Override
	public void abort() {
		Connection connection = this.connection;
		if (connection != null) {
			connection.dispose();
		}
	}

	private void send(WebSocketFrame frame) throws IOException {
		try {
			this.outbound.sendObject(frame)
				.then()
				.timeout(this.sendTimeLimit,
						Mono.error(() -> new SocketTimeoutException("Not written within " + this.sendTimeLimit)))
				.block();
		}
		catch (RuntimeException ex) {
			Throwable cause = Exceptions.unwrap(ex);
			throw (cause instanceof IOException io) ? io : new IOException(ex.getMessage(), ex);
		}
	}

	/** A frame copied off Netty's buffer, safe to hand to another thread. */
	private record Frame(Kind kind, boolean last, byte[] data, int statusCode, String text) {

		Frame(Kind kind, int statusCode, String text) {
			this(kind, true, new byte[0], statusCode, text);
		}

		static Frame copyOf(WebSocketFrame frame) {
			Kind kind = (frame instanceof TextWebSocketFrame) ? Kind.TEXT
					: (frame instanceof BinaryWebSocketFrame) ? Kind.BINARY
							: (frame instanceof ContinuationWebSocketFrame) ? Kind.CONTINUATION
									: (frame instanceof PingWebSocketFrame) ? Kind.PING
											: (frame instanceof PongWebSocketFrame) ? Kind.PONG : Kind.CLOSE;
			return new Frame(kind, frame.isFinalFragment(), ByteBufUtil.getBytes(frame.content()), 0, "");
		}

		enum Kind {

			TEXT, BINARY, CONTINUATION, PING, PONG, CLOSE

		}

	}

}
