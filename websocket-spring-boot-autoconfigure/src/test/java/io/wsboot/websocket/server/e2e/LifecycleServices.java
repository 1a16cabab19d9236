package io.wsboot.websocket.server.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.CloseFrame;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.Order;
import io.wsboot.websocket.testing.ServiceEvents;

/**
 * Services that record what happens to their connections in the {@link ServiceEvents}, under the
 * {@code tag} query parameter, and act on text commands.
 */
final class LifecycleServices {

	private LifecycleServices() {
	}

	@WebSocketService(path = "/ws/lifecycle", connectionClosureTimeout = "5s")
	static class LifecycleUpgrade implements UpgradeService {

		private final ServiceEvents log;

		LifecycleUpgrade(ServiceEvents log) {
			this.log = log;
		}

		@Override
		public LifecycleService get(HandshakeRequest request) {
			return new LifecycleService(this.log, request.queryParam("tag"));
		}

	}

	public static class LifecycleService implements Service {

		private final ServiceEvents log;

		private final String tag;

		private final AtomicInteger active = new AtomicInteger();

		LifecycleService(ServiceEvents log, String tag) {
			this.log = log;
			this.tag = tag;
		}

		public void onOpen(Caller caller) {
			this.log.record(this.tag, "open");
		}

		public Object onTextMessage(Caller caller, String command) {
			if (this.active.incrementAndGet() != 1) {
				this.log.record(this.tag, "overlap");
			}
			try {
				return run(caller, command);
			}
			finally {
				this.active.decrementAndGet();
			}
		}

		private Object run(Caller caller, String command) {
			String[] words = command.split(" ", 3);
			switch (words[0]) {
				case "throw" -> throw new IllegalStateException("boom");
				case "close" -> {
					caller.close(Integer.parseInt(words[1]), words[2]);
					this.log.record(this.tag, "closed-by-server open=" + caller.isOpen());
					return null;
				}
				case "close-twice" -> {
					caller.close(4000, "first");
					this.log.record(this.tag, attempt(() -> caller.close(4001, "second")));
					return null;
				}
				case "write-after-close" -> {
					caller.close(4000, "done");
					this.log.record(this.tag, attempt(() -> caller.writeTextMessage("late")));
					this.log.record(this.tag, attempt(() -> caller.writeBinaryMessage(new byte[1])));
					return null;
				}
				case "close-invalid" -> {
					return attempt(() -> caller.close(Integer.parseInt(words[1]), "x"));
				}
				case "close-negative-timeout" -> {
					return attempt(() -> caller.close(1000, null, Duration.ofSeconds(-1)));
				}
				case "close-from-thread" -> {
					Thread thread = new Thread(() -> this.log.record(this.tag,
							attempt(() -> caller.close(4002, "threaded", Duration.ofSeconds(5)))));
					thread.start();
					return null;
				}
				case "close-unanswered" -> {
					Thread thread = new Thread(() -> this.log.record(this.tag,
							attempt(() -> caller.close(4004, "no answer expected", Duration.ofMillis(500)))));
					thread.start();
					return null;
				}
				case "flood" -> {
					this.log.record(this.tag, attempt(() -> {
						byte[] chunk = new byte[65536];
						for (int i = 0; i < 4096; i++) {
							caller.writeBinaryMessage(chunk);
						}
					}));
					return null;
				}
				case "repeat" -> {
					return words[2].repeat(Integer.parseInt(words[1]));
				}
				case "return-close" -> {
					return CloseFrame.of(4003, "returned");
				}
				case "return-stream" -> {
					return Stream.of("a", "b", "c");
				}
				case "return-iterable" -> {
					return List.of(new Order("tea", 1), new Order("cake", 2));
				}
				case "return-failing-stream" -> {
					return Stream.of("first", "second").map((value) -> {
						if (value.equals("second")) {
							throw new IllegalStateException("broken");
						}
						return value;
					});
				}
				case "return-bytes" -> {
					return new byte[] { 7, 8 };
				}
				case "return-number" -> {
					return 42;
				}
				case "return-nothing" -> {
					return null;
				}
				case "attributes" -> {
					caller.setAttribute("user", "ann");
					Object before = caller.getAttribute("user");
					Object removed = caller.removeAttribute("user");
					return before + "/" + removed + "/" + caller.getAttribute("user") + "/" + caller.isOpen() + "/"
							+ !caller.id().isEmpty();
				}
				case "ping" -> {
					caller.ping(words[1].getBytes(StandardCharsets.UTF_8));
					return null;
				}
				case "ping-too-big" -> {
					return attempt(() -> caller.ping(new byte[126]));
				}
				default -> {
					this.log.record(this.tag, "text:" + command);
					return null;
				}
			}
		}

		public void onBinaryMessage(byte[] data) {
			this.log.record(this.tag, "binary:" + data.length);
		}

		public void onPong(Caller caller, byte[] data) {
			this.log.record(this.tag, "pong:" + new String(data, StandardCharsets.UTF_8));
		}

		public void onClose(Caller caller, int statusCode, String reason) {
			this.log.record(this.tag, "close:" + statusCode + ":" + reason + " open=" + caller.isOpen());
		}

		public void onError(Caller caller, WebSocketException error) {
			this.log.record(this.tag, "error:" + error.getClass().getSimpleName() + ":" + error.getMessage());
		}

		private static String attempt(Runnable action) {
			try {
				action.run();
				return "no error";
			}
			catch (RuntimeException ex) {
				return ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
		}

	}

	/** Lifecycle with a small frame limit. */
	@WebSocketService(path = "/ws/small-frames", maxFrameSize = 1024)
	static class SmallFramesUpgrade extends LifecycleUpgrade {

		SmallFramesUpgrade(ServiceEvents log) {
			super(log);
		}

	}

	// Eight threads write 4.8 MB as fast as they can: a buffer that holds it all, so none overflows.
	@WebSocketService(path = "/ws/concurrent", sendBufferLimit = "8MB")
	static class ConcurrentWriter implements Service {

		public void onTextMessage(Caller caller, String command) {
			String[] words = command.split(" ");
			int threads = Integer.parseInt(words[0]);
			int messages = Integer.parseInt(words[1]);
			String padding = "x".repeat(Integer.parseInt(words[2]));
			List<Thread> writers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int writer = t;
				writers.add(new Thread(() -> {
					for (int m = 0; m < messages; m++) {
						if (m % 2 == 0) {
							caller.writeTextMessage(writer + ":" + m + ":" + padding);
						}
						else {
							caller.writeBinaryMessage((writer + ":" + m + ":" + padding).getBytes(StandardCharsets.UTF_8));
						}
					}
				}));
			}
			writers.forEach(Thread::start);
		}

	}

}
