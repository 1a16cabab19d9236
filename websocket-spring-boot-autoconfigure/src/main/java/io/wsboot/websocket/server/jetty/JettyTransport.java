package io.wsboot.websocket.server.jetty;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import io.wsboot.websocket.server.Transport;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;

/**
 * A Jetty {@link Session} as the core's {@link Transport}; each send waits for Jetty's callback.
 */
final class JettyTransport implements Transport {

	private final Session session;

	private final String id;

	private final boolean secure;

	private final Duration sendTimeLimit;

	JettyTransport(Session session, String id, boolean secure, Duration sendTimeLimit) {
		this.session = session;
		this.id = id;
		this.secure = secure;
		this.sendTimeLimit = sendTimeLimit;
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
		return (this.session.getRemoteSocketAddress() instanceof InetSocketAddress address) ? address : null;
	}

	@Override
	public @Nullable String negotiatedSubProtocol() {
		String protocol = this.session.getUpgradeResponse().getAcceptedSubProtocol();
		return (protocol == null || protocol.isEmpty()) ? null : protocol;
	}

	@Override
	public void sendText(String text) throws IOException {
		await((callback) -> this.session.sendText(text, callback));
	}

	@Override
	public void sendBinary(ByteBuffer data) throws IOException {
		await((callback) -> this.session.sendBinary(data, callback));
	}

	@Override
	public void sendTextPart(String part, boolean first, boolean last) throws IOException {
		await((callback) -> this.session.sendPartialText(part, last, callback));
	}

	@Override
	public void sendBinaryPart(ByteBuffer part, boolean first, boolean last) throws IOException {
		await((callback) -> this.session.sendPartialBinary(part, last, callback));
	}

	@Override
	public void sendPing(ByteBuffer data) throws IOException {
		await((callback) -> this.session.sendPing(data, callback));
	}

	@Override
	public void sendPong(ByteBuffer data) throws IOException {
		await((callback) -> this.session.sendPong(data, callback));
	}

	/**
	 * Starts the close handshake without waiting: Jetty completes the callback only once the
	 * connection is closed, and the core learns the end from the listener's close event instead.
	 * The core's own deadline drops the connection when the peer does not answer; Jetty's idle
	 * timeout is left alone, as one set to the same time would race that deadline and end the
	 * connection first.
	 */
	@Override
	public void sendClose(int statusCode, String reason, Duration timeout) {
		this.session.close(statusCode, reason, Callback.NOOP);
	}

	@Override
	public void abort() {
		this.session.disconnect();
	}

	private void await(Consumer<Callback> send) throws IOException {
		Callback.Completable completable = new Callback.Completable();
		send.accept(completable);
		try {
			completable.get(this.sendTimeLimit.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw new SocketTimeoutException("Not written within " + this.sendTimeLimit);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			throw (cause instanceof IOException io) ? io : new IOException(cause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while sending", ex);
		}
	}

}
