package io.wsboot.websocket.server.reactive;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.Executor;

import io.netty.buffer.ByteBuf;
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
import io.wsboot.websocket.server.ServiceDispatcher;
import io.wsboot.websocket.server.EndpointSettings;
import io.wsboot.websocket.server.Transport;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.netty.Connection;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * One Reactor Netty WebSocket as the core's {@link Transport}; {@link #run} has a {@link FramePump}
 * hand its frames to the {@link ServiceDispatcher} until it ends.
 */
final class ReactorNettyTransport implements Transport {

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final String id;

	private final boolean secure;

	private final EndpointSettings settings;

	/** The channel, set as the handler starts; null before. */
	private volatile @Nullable Connection connection;

	ReactorNettyTransport(WebsocketInbound inbound, WebsocketOutbound outbound, String id, boolean secure,
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
	Mono<Void> run(ServiceDispatcher handler, Executor tasks) {
		this.inbound.withConnection((connection) -> {
			ConnectionPipeline.complete(connection, this.settings);
			this.connection = connection;
		});
		return Mono.create((done) -> {
			tasks.execute(handler::onOpen);
			FramePump pump = new FramePump(handler, tasks, (failure) -> failed(handler, failure),
					() -> closed(handler, tasks, done));
			done.onDispose(pump);
			this.inbound.receiveFrames().subscribe(pump);
		});
	}

	/** After the last frame: {@code onClose} with the peer's close status, or 1006 when the connection dropped. */
	private void closed(ServiceDispatcher handler, Executor tasks, MonoSink<Void> done) {
		CopiedFrame dropped = CopiedFrame.close(WebSocketCloseStatus.ABNORMAL_CLOSURE.code(), "");
		this.inbound.receiveCloseStatus()
			.map((status) -> CopiedFrame.close(status.code(), reasonOf(status)))
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

	/**
	 * A connection that ended is a drop, reported by the close that follows; anything else is a
	 * transport failure after which the connection is dropped, so that the peer is never left
	 * waiting on it. Protocol violations come as a {@link ProtocolViolation} frame instead.
	 */
	private void failed(ServiceDispatcher handler, Throwable failure) {
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
	public @Nullable InetSocketAddress remoteAddress() {
		Connection current = this.connection;
		return (current != null && current.channel().remoteAddress() instanceof InetSocketAddress address) ? address
				: null;
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

	/**
	 * A send on the event loop never waits, and Netty's outbound buffer does not bound itself: once it
	 * is over its high-water mark, a non-blocking service's writes go to the send buffer instead. A
	 * send from any other thread waits for room itself. A channel gone from its event loop says yes:
	 * the send then fails as a closed channel.
	 */
	@Override
	public boolean isWritable() {
		Connection current = this.connection;
		if (current == null) {
			return true;
		}
		Channel channel = current.channel();
		try {
			return !channel.eventLoop().inEventLoop() || channel.isWritable();
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

	/**
	 * Closes the channel at once, discarding what waits in Netty's outbound buffer. Not
	 * {@code dispose()}: Reactor Netty then writes an empty close frame first and closes only once
	 * it is written, which for a peer that does not read is never.
	 */
	@Override
	public void abort() {
		Connection connection = this.connection;
		if (connection != null) {
			connection.channel().close();
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

}
