package io.wsboot.websocket.server.reactive;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.Executor;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.wsboot.websocket.CorruptedFrameException;
import io.wsboot.websocket.PayloadTooLargeException;
import io.wsboot.websocket.server.ConnectionHandler;
import io.wsboot.websocket.server.EndpointSettings;
import io.wsboot.websocket.server.Transport;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.netty.Connection;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * One Reactor Netty WebSocket as the core's {@link Transport}, and the pump that hands its frames
 * to the {@link ConnectionHandler}: frames are copied off the event loop's buffers and handled one
 * at a time, in order, on worker threads. Netty reads on only while a few frames wait, so a slow
 * service slows its socket instead of filling memory.
 */
final class ReactorNettyConnection implements Transport {

	/** Frames Netty may hand over before the first is handled. */
	private static final int PREFETCH = 8;

	/** Frames handled before as many more are asked for. */
	private static final int REPLENISH = PREFETCH / 2;

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final String id;

	private final boolean secure;

	private final EndpointSettings settings;

	/** The channel, set as the handler starts; null before. */
	private volatile @Nullable Connection connection;

	/** Whether the message being joined is text; touched only by the connection's tasks, one at a time. */
	private boolean continuingText;

	ReactorNettyConnection(WebsocketInbound inbound, WebsocketOutbound outbound, String id, boolean secure,
			EndpointSettings settings) {
		this.inbound = inbound;
		this.outbound = outbound;
		this.id = id;
		this.secure = secure;
		this.settings = settings;
	}

	/**
	 * Handles the connection until it ends: {@code onOpen}, then each frame in order, then the
	 * failure if any and {@code onClose}, all as tasks of one executor that runs them in order.
	 * @param handler the core's handler of this connection
	 * @param tasks where service methods run: a {@link SerialExecutor} on workers, or inline on the
	 * event loop for non-blocking services
	 * @return completes when the connection has ended and {@code onClose} has run
	 */
	Mono<Void> run(ConnectionHandler handler, Executor tasks) {
		this.inbound.withConnection((connection) -> {
			ConnectionPipeline.complete(connection, this.settings);
			this.connection = connection;
		});
		return Mono.create((done) -> {
			tasks.execute(handler::onOpen);
			FramePump pump = new FramePump(handler, tasks, () -> closed(handler, tasks, done));
			done.onDispose(pump);
			this.inbound.receiveFrames().subscribe(pump);
		});
	}

	/** After the last frame: {@code onClose} with the peer's close status, or 1006 when the connection dropped. */
	private void closed(ConnectionHandler handler, Executor tasks, MonoSink<Void> done) {
		Frame dropped = new Frame(Frame.Kind.CLOSE, WebSocketCloseStatus.ABNORMAL_CLOSURE.code(), "");
		this.inbound.receiveCloseStatus()
			.map((status) -> new Frame(Frame.Kind.CLOSE, status.code(), reasonOf(status)))
			.defaultIfEmpty(dropped)
			.onErrorReturn(dropped)
			.subscribe((close) -> tasks.execute(() -> {
				try {
					handler.onClosed(close.statusCode(), close.text());
				}
				finally {
					done.success();
				}
			}));
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
			case VIOLATION -> handler.onProtocolViolation(frame.statusCode(),
					(frame.statusCode() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code())
							? new PayloadTooLargeException(frame.text()) : new CorruptedFrameException(frame.text()));
			default -> {
			}
		}
	}

	/**
	 * A connection that ended is a drop, reported by the close that follows; anything else is a
	 * transport failure after which the connection is dropped, so that the peer is never left
	 * waiting on it. Protocol violations come as a {@link ProtocolViolation} frame instead.
	 */
	private void failed(ConnectionHandler handler, Throwable failure) {
		if (failure instanceof AbortedException || AbortedException.isConnectionReset(failure)) {
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

	/**
	 * Reactor Netty closes the connection once the close frame is written. On the event loop (a
	 * non-blocking service) the close is started without waiting for the write.
	 */
	@Override
	public void sendClose(int statusCode, String reason, Duration timeout) throws IOException {
		Connection current = this.connection;
		try {
			if (current != null && current.channel().eventLoop().inEventLoop()) {
				this.outbound.sendClose(statusCode, reason).subscribe();
				return;
			}
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

	/**
	 * Writes a frame. While Netty's outbound buffer has room the write is queued and this returns at
	 * once, as a servlet container's blocking send returns once the socket took the bytes; when the
	 * buffer is full it waits for the write, at most the send time limit. A write that fails later
	 * closes the connection, which the service hears as a close with 1006. A channel that is gone
	 * fails the write with a {@link ClosedChannelException}; Netty throws an
	 * {@link IllegalStateException} for one already deregistered from its event loop.
	 */
	private void send(WebSocketFrame frame) throws IOException {
		Connection current = this.connection;
		if (current == null) {
			frame.release();
			throw new ClosedChannelException();
		}
		Channel channel = current.channel();
		boolean onEventLoop;
		ChannelFuture write;
		try {
			onEventLoop = channel.eventLoop().inEventLoop();
			write = channel.writeAndFlush(frame);
		}
		catch (IllegalStateException ex) {
			frame.release();
			throw (IOException) new ClosedChannelException().initCause(ex);
		}
		write.addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
		if (channel.isWritable() || onEventLoop) {
			return;
		}
		try {
			if (!write.await(this.settings.sendTimeLimit().toMillis())) {
				throw new SocketTimeoutException("Not written within " + this.settings.sendTimeLimit());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while writing", ex);
		}
		if (!write.isSuccess()) {
			Throwable cause = write.cause();
			throw (cause instanceof IOException io) ? io : new IOException(String.valueOf(cause), cause);
		}
	}

	/**
	 * Takes frames from Netty a few at a time and hands each to the connection's tasks: Netty reads
	 * on only while fewer than {@value #PREFETCH} frames wait, so a slow service slows its socket
	 * instead of filling memory.
	 */
	private final class FramePump extends BaseSubscriber<WebSocketFrame> {

		private final ConnectionHandler handler;

		private final Executor tasks;

		private final Runnable end;

		/** Frames handled since the last request; touched only by the connection's tasks, one at a time. */
		private int handled;

		FramePump(ConnectionHandler handler, Executor tasks, Runnable end) {
			this.handler = handler;
			this.tasks = tasks;
			this.end = end;
		}

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			subscription.request(PREFETCH);
		}

		@Override
		protected void hookOnNext(WebSocketFrame frame) {
			Frame copy = Frame.copyOf(frame);
			this.tasks.execute(() -> {
				dispatch(copy, this.handler);
				if (++this.handled == REPLENISH) {
					this.handled = 0;
					request(REPLENISH);
				}
			});
		}

		@Override
		protected void hookOnError(Throwable failure) {
			this.tasks.execute(() -> failed(this.handler, failure));
			this.end.run();
		}

		@Override
		protected void hookOnComplete() {
			this.end.run();
		}

	}

	/** A frame copied off Netty's buffer, safe to hand to another thread. */
	private record Frame(Kind kind, boolean last, byte[] data, int statusCode, String text) {

		Frame(Kind kind, int statusCode, String text) {
			this(kind, true, new byte[0], statusCode, text);
		}

		static Frame copyOf(WebSocketFrame frame) {
			if (frame instanceof ProtocolViolation violation) {
				return new Frame(Kind.VIOLATION, violation.failure().closeStatus().code(),
						String.valueOf(violation.failure().getMessage()));
			}
			Kind kind = (frame instanceof TextWebSocketFrame) ? Kind.TEXT
					: (frame instanceof BinaryWebSocketFrame) ? Kind.BINARY
							: (frame instanceof ContinuationWebSocketFrame) ? Kind.CONTINUATION
									: (frame instanceof PingWebSocketFrame) ? Kind.PING
											: (frame instanceof PongWebSocketFrame) ? Kind.PONG : Kind.CLOSE;
			return new Frame(kind, frame.isFinalFragment(), ByteBufUtil.getBytes(frame.content()), 0, "");
		}

		enum Kind {

			TEXT, BINARY, CONTINUATION, PING, PONG, CLOSE, VIOLATION

		}

	}

}
