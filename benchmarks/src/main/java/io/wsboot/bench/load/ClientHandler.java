package io.wsboot.bench.load;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionEncoder;

/**
 * The last handler of a connection's pipeline. It completes {@link #handshake()} when the WebSocket handshake ends,
 * closes with a close frame on request (noting whether the server answered with its own), and reports once, to
 * {@link #lost(String)}, a connection that ends any other way after the handshake. Connect mode uses it as it is;
 * data frames are ignored unless a subclass overrides {@link #message(ChannelHandlerContext, WebSocketFrame)}.
 */
class ClientHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

	private final CompletableFuture<Channel> handshake = new CompletableFuture<>();

	private ChannelHandlerContext context;

	private volatile boolean compressed;

	private volatile String lostReason;

	private volatile boolean closedCleanly;

	private boolean ended;

	private boolean closing;

	private long closeDeadline;

	/**
	 * Closes the open connections with a close frame (1000) each and waits for them until the deadline, then closes
	 * any still open.
	 * @param handlers the handlers, some of which may have failed their handshake
	 * @param deadline a {@link System#nanoTime()} value
	 * @return how many connections were closed by the server's close frame before the deadline
	 * @throws InterruptedException if interrupted
	 */
	static int closeAll(List<? extends ClientHandler> handlers, long deadline) throws InterruptedException {
		for (ClientHandler handler : handlers) {
			if (handler.opened()) {
				handler.context.executor().execute(() -> handler.sendClose(deadline));
			}
		}
		int clean = 0;
		for (ClientHandler handler : handlers) {
			if (handler.opened()) {
				Channel channel = handler.context.channel();
				if (!channel.closeFuture().await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
					channel.close();
				}
				clean += handler.closedCleanly ? 1 : 0;
			}
		}
		return clean;
	}

	/**
	 * Completes with the channel when the handshake succeeds, exceptionally when connecting or the handshake fails.
	 */
	final CompletableFuture<Channel> handshake() {
		return this.handshake;
	}

	/**
	 * Whether the handshake succeeded.
	 */
	final boolean opened() {
		return this.handshake.isDone() && !this.handshake.isCompletedExceptionally();
	}

	/**
	 * Whether the server accepted permessage-deflate, the only extension offered.
	 */
	final boolean compressed() {
		return this.compressed;
	}

	/**
	 * Why the connection ended before it was closed on request, or {@code null}.
	 */
	final String lostReason() {
		return this.lostReason;
	}

	/**
	 * Why connecting or the handshake failed, or {@code null} if it succeeded; call once it has ended.
	 */
	final String handshakeFailure() {
		try {
			this.handshake.join();
			return null;
		}
		catch (CompletionException ex) {
			return LoadFailure.describe(ex.getCause());
		}
	}

	final void connectFailed(Throwable cause) {
		this.handshake.completeExceptionally(cause);
	}

	final ChannelHandlerContext context() {
		return this.context;
	}

	/**
	 * The query this connection adds to the URL, or {@code null} (this one) for none.
	 */
	String query() {
		return null;
	}

	/**
	 * Whether this connection goes to {@code --reader-url} (a fan-out reader) rather than {@code --url}; this one
	 * does not.
	 */
	boolean reader() {
		return false;
	}

	/**
	 * The socket's receive buffer ({@code SO_RCVBUF}) in bytes, or 0 (this one) for the system's default.
	 */
	int receiveBufferSize() {
		return 0;
	}

	/**
	 * Handles a text or binary message after the handshake, until the connection has ended; this one ignores it.
	 */
	void message(ChannelHandlerContext ctx, WebSocketFrame frame) {
	}

	/**
	 * Called once when the connection ends after the handshake, but not on request.
	 */
	void lost(String reason) {
		this.lostReason = reason;
	}

	@Override
	public void handlerAdded(ChannelHandlerContext ctx) {
		this.context = ctx;
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
			for (Map.Entry<String, ChannelHandler> entry : ctx.pipeline()) {
				this.compressed |= entry.getValue() instanceof WebSocketExtensionEncoder;
			}
			this.handshake.complete(ctx.channel());
		}
		else if (event == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
			this.handshake.completeExceptionally(new IOException("handshake timed out"));
		}
		ctx.fireUserEventTriggered(event);
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
		if (frame instanceof CloseWebSocketFrame close) {
			if (this.closing) {
				this.closedCleanly = System.nanoTime() - this.closeDeadline <= 0;
			}
			else {
				String reason = close.reasonText().isEmpty() ? "" : " " + close.reasonText();
				end("the server sent a close frame (" + close.statusCode() + reason + ")");
			}
			ctx.close();
		}
		else if (!this.ended) {
			message(ctx, frame);
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		if (opened()) {
			end("the connection closed");
		}
		else {
			this.handshake.completeExceptionally(new IOException("the connection closed during the handshake"));
		}
		ctx.fireChannelInactive();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		if (opened()) {
			end(LoadFailure.describe(cause));
		}
		else {
			this.handshake.completeExceptionally(cause);
		}
		ctx.close();
	}

	private void sendClose(long deadline) {
		if (!this.ended && this.context.channel().isActive()) {
			this.ended = true;
			this.closing = true;
			this.closeDeadline = deadline;
			this.context.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE));
		}
	}

	private void end(String reason) {
		if (!this.ended) {
			this.ended = true;
			lost(reason);
		}
	}

}
