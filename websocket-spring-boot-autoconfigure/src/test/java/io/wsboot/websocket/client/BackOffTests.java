package io.wsboot.websocket.client;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.wsboot.websocket.AuthException;
import io.wsboot.websocket.ConnectionException;
import io.wsboot.websocket.InvalidHandshakeException;
import io.wsboot.websocket.RetryOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The waits between reconnection attempts: {@code interval × factor^n}, at most the longest wait,
 * and how {@link Reconnector} uses them, without a network or real waiting.
 */
class BackOffTests {

	private static List<Long> delaysInMillis(BackOff backOff, int attempts) {
		return IntStream.range(0, attempts).mapToObj((attempt) -> backOff.delay(attempt).toMillis()).toList();
	}

	@Test
	void eachWaitGrowsByTheFactorUpToTheLongestWait() {
		BackOff backOff = new BackOff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1));
		assertThat(delaysInMillis(backOff, 7)).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L);
	}

	@Test
	void aFractionalFactorIsRoundedToTheMillisecond() {
		BackOff backOff = new BackOff(Duration.ofMillis(100), 1.5, Duration.ofSeconds(30));
		assertThat(delaysInMillis(backOff, 4)).containsExactly(100L, 150L, 225L, 338L);
	}

	@Test
	void aFactorOfOneWaitsTheIntervalEveryTime() {
		BackOff backOff = BackOff.of(RetryOptions.defaults());
		assertThat(delaysInMillis(backOff, 3)).containsExactly(1000L, 1000L, 1000L);
		assertThat(backOff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void theWaitOfAVeryLateAttemptIsTheLongestWaitNotAnOverflow() {
		BackOff backOff = new BackOff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));
		assertThat(backOff.delay(10_000)).isEqualTo(Duration.ofSeconds(30));
		assertThat(backOff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void anIntervalLongerThanTheLongestWaitIsCapped() {
		BackOff backOff = new BackOff(Duration.ofSeconds(5), 1.0, Duration.ofSeconds(2));
		assertThat(backOff.delay(0)).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void aZeroIntervalNeverWaits() {
		BackOff backOff = new BackOff(Duration.ZERO, 2.0, Duration.ofSeconds(30));
		assertThat(backOff.delay(0)).isZero();
		assertThat(backOff.delay(5_000)).isZero();
	}

	@Test
	void theReconnectorPausesWithTheBackOffBeforeEachAttemptUntilTheAttemptsRunOut() {
		List<Duration> pauses = new CopyOnWriteArrayList<>();
		AtomicInteger attempts = new AtomicInteger();
		Reconnector reconnector = new Reconnector(
				new RetryOptions(3, Duration.ofMillis(100), 3.0, Duration.ofMillis(500)), pauses::add);
		assertThatExceptionOfType(ConnectionException.class)
			.isThrownBy(() -> reconnector.retry("ws://host/path", () -> {
				throw new ConnectionException("IO Error: refused " + attempts.incrementAndGet());
			}, new ConnectionException("IO Error: first")))
			.withMessage("IO Error: could not reconnect to ws://host/path in 3 attempts; last failure: IO Error: refused 3");
		assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(500));
		assertThat(attempts).hasValue(3);
	}

	@Test
	void theReconnectorReturnsWhatTheFirstSuccessfulAttemptOpened() {
		AtomicInteger attempts = new AtomicInteger();
		Reconnector reconnector = new Reconnector(new RetryOptions(0, Duration.ZERO, 1.0, Duration.ZERO),
				(delay) -> {
				});
		String opened = reconnector.retry("ws://host/path", () -> {
			if (attempts.incrementAndGet() < 5) {
				throw new ConnectionException("IO Error: refused");
			}
			return "link " + attempts.get();
		}, new ConnectionException("IO Error: first"));
		assertThat(opened).isEqualTo("link 5");
	}

	@Test
	void theReconnectorRetriesCredentialsThatCouldNotBeFetchedButNotCredentialsRefused() {
		AtomicInteger attempts = new AtomicInteger();
		Reconnector reconnector = new Reconnector(new RetryOptions(0, Duration.ZERO, 1.0, Duration.ZERO),
				(delay) -> {
				});
		AuthException unreachable = new AuthException("Failed to enrich request with OAuth2 token. I/O error",
				new IllegalStateException("token endpoint", new ConnectException("Connection refused")));
		AuthException refused = new AuthException("Failed to enrich request with OAuth2 token. [invalid_client]");
		assertThatExceptionOfType(AuthException.class)
			.isThrownBy(() -> reconnector.retry("ws://host/path", () -> {
				throw (attempts.incrementAndGet() < 3) ? unreachable : refused;
			}, new ConnectionException("IO Error: first")))
			.isSameAs(refused);
		assertThat(attempts).hasValue(3);
	}

	@Test
	void theReconnectorStopsAtAFailureThatRetryingCannotHelp() {
		AtomicInteger attempts = new AtomicInteger();
		Reconnector reconnector = new Reconnector(new RetryOptions(0, Duration.ZERO, 1.0, Duration.ZERO),
				(delay) -> {
				});
		assertThatExceptionOfType(InvalidHandshakeException.class)
			.isThrownBy(() -> reconnector.retry("ws://host/path", () -> {
				attempts.incrementAndGet();
				throw new InvalidHandshakeException("Invalid handshake response getStatus: 403 Forbidden", 403, null);
			}, new ConnectionException("IO Error: first")));
		assertThat(attempts).hasValue(1);
	}

}
