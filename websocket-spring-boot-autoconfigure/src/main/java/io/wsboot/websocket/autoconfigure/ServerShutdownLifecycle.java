package io.wsboot.websocket.autoconfigure;

import java.time.Duration;

import io.wsboot.websocket.server.ServerShutdown;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link ServerShutdown} when the application context closes, in a phase that stops before
 * the web server's graceful shutdown and before the web server itself, so that the close frames
 * still go out and the peers' answers still come in. It takes at most Spring's
 * {@code spring.lifecycle.timeout-per-shutdown-phase}, whether {@code server.shutdown} is
 * {@code graceful} or {@code immediate}. A context stopped and started again (as Spring's test
 * context cache pauses contexts) admits handshakes again.
 */
final class ServerShutdownLifecycle implements SmartLifecycle {

	/** Stops before {@code WebServerGracefulShutdownLifecycle} and {@code WebServerStartStopLifecycle}. */
	static final int PHASE = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 512;

	private final ServerShutdown shutdown;

	private final Duration timeout;

	/** Whether the context is running; set by start, cleared by stop, both on the context's thread. */
	private volatile boolean running;

	ServerShutdownLifecycle(ServerShutdown shutdown, Duration timeout) {
		this.shutdown = shutdown;
		this.timeout = timeout;
	}

	@Override
	public void start() {
		this.shutdown.resume();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.shutdown.shutdown(this.timeout);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
