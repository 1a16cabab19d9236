package io.wsboot.sample.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.wsboot.websocket.PingPongService;
import io.wsboot.websocket.WsConnection;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PingPongService} that answers pings as the default does and hands the first pong to
 * whoever waits for it. One per connection.
 */
class PongListener implements PingPongService {

	private final CompletableFuture<byte[]> firstPong = new CompletableFuture<>();

	@Override
	public void onPong(WsConnection connection, byte[] data) {
		this.firstPong.complete(data);
	}

	/**
	 * Waits for the first pong.
	 * @param timeout how long to wait
	 * @return its payload, or {@code null} when none came in time
	 */
	byte @Nullable [] await(Duration timeout) throws InterruptedException {
		try {
			return this.firstPong.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			return null;
		}
	}

}
