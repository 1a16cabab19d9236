package io.wsboot.websocket.server.reactive;

import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.wsboot.websocket.CorruptedFrameException;
import io.wsboot.websocket.PayloadTooLargeException;
import io.wsboot.websocket.server.ServiceDispatcher;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

/**
 * Takes a connection's frames from Netty a few at a time, copies them off the event loop's buffers
 * and hands each to the {@link ServiceDispatcher} as a task of the connection's executor, one at a
 * time, in order. Netty reads on only while fewer than {@value #PREFETCH} frames wait, so a slow
 * service slows its socket instead of filling memory.
 */
final class FramePump extends BaseSubscriber<WebSocketFrame> {

	/**
	 * Frames Netty may hand over before the first is handled: as many as a pipelining client
	 * typically has on their way, so that one hand-over to a worker takes them all (8 made a worker
	 * wait for Netty twice as often and cut pipelined throughput by about two fifths, benchmarks/FIXES.md).
	 */
	private static final int PREFETCH = 16;

	/** Frames handled before as many more are asked for. */
	private static final int REPLENISH = PREFETCH / 2;

	private final ServiceDispatcher handler;

	private final Executor tasks;

	private final Consumer<Throwable> failed;

	private final Runnable end;

	/** Frames handled since the last request; touched only by the connection's tasks, one at a time. */
	private int handled;

	/** Whether the message being joined is text; touched only by the connection's tasks, one at a time. */
	private boolean continuingText;

	/**
	 * Creates the pump of one connection.
	 * @param handler the core's handler of the connection
	 * @param tasks the connection's executor, which runs tasks one at a time in order
	 * @param failed told, as a task, of a failure of the stream of frames
	 * @param end run once the stream of frames has ended
	 */
	FramePump(ServiceDispatcher handler, Executor tasks, Consumer<Throwable> failed, Runnable end) {
		this.handler = handler;
		this.tasks = tasks;
		this.failed = failed;
		this.end = end;
	}

	@Override
	protected void hookOnSubscribe(Subscription subscription) {
		subscription.request(PREFETCH);
	}

	@Override
	protected void hookOnNext(WebSocketFrame frame) {
		CopiedFrame copy = CopiedFrame.copyOf(frame);
		this.tasks.execute(() -> {
			dispatch(copy);
			if (++this.handled == REPLENISH) {
				this.handled = 0;
				request(REPLENISH);
			}
		});
	}

	@Override
	protected void hookOnError(Throwable failure) {
		this.tasks.execute(() -> this.failed.accept(failure));
		this.end.run();
	}

	@Override
	protected void hookOnComplete() {
		this.end.run();
	}

	private void dispatch(CopiedFrame frame) {
		switch (frame.kind()) {
			case TEXT -> {
				this.continuingText = !frame.last();
				this.handler.onTextBytesPart(ByteBuffer.wrap(frame.data()), frame.last());
			}
			case BINARY -> {
				this.continuingText = false;
				this.handler.onBinaryPart(ByteBuffer.wrap(frame.data()), frame.last());
			}
			case CONTINUATION -> {
				if (this.continuingText) {
					this.continuingText = !frame.last();
					this.handler.onTextBytesPart(ByteBuffer.wrap(frame.data()), frame.last());
				}
				else {
					this.handler.onBinaryPart(ByteBuffer.wrap(frame.data()), frame.last());
				}
			}
			case PING -> this.handler.onPing(ByteBuffer.wrap(frame.data()));
			case PONG -> this.handler.onPong(ByteBuffer.wrap(frame.data()));
			case VIOLATION -> this.handler.onProtocolViolation(frame.statusCode(),
					(frame.statusCode() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code())
							? new PayloadTooLargeException(frame.text()) : new CorruptedFrameException(frame.text()));
			default -> {
			}
		}
	}

}
