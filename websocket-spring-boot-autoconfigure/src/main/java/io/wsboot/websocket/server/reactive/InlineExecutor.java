package io.wsboot.websocket.server.reactive;

import java.util.concurrent.Executor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Runs a connection's tasks at once on the submitting thread, the connection's event loop, which
 * already hands over a connection's frames in order: the executor of services marked
 * {@code @NonBlocking}. A failing task is logged, as {@link SerialExecutor} logs it.
 */
final class InlineExecutor implements Executor {

	private static final Log logger = LogFactory.getLog(InlineExecutor.class);

	@Override
	public void execute(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			logger.error("A WebSocket connection task failed", ex);
		}
	}

}
