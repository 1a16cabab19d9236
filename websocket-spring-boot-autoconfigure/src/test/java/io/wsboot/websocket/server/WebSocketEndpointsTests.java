package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.NonBlocking;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Endpoint settings: an annotation attribute wins over the {@code websocket.server.*} property.
 */
class WebSocketEndpointsTests {

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	private final ConnectionTimers timers = new ManualConnectionTimers();

	private final WebSocketEndpoints endpoints = new WebSocketEndpoints(
			new ServiceInspector(this.binder, new TransportCapabilities("test", true)), this.binder, this.timers,
			new ServerDefaults(Duration.ofSeconds(5), 1000, 2000, Duration.ofSeconds(60), Duration.ofSeconds(10),
					new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), Duration.ZERO, 0),
			new ConnectionRegistry(this.binder), EndpointMetrics.Factory.NONE);

	private EndpointSettings settingsOf(Object bean) {
		Map<String, Object> beans = new LinkedHashMap<>();
		beans.put("bean", bean);
		return this.endpoints.build(beans).get(0).settings();
	}

	@Test
	void attributesLeftAtTheirDefaultsTakeTheProperties() {
		assertThat(settingsOf(new Plain())).isEqualTo(new EndpointSettings("/plain", List.of(), Duration.ofSeconds(5),
				1000, 2000, Duration.ofSeconds(60), null, true, Duration.ofSeconds(10), false,
				new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE),
						Duration.ZERO, 0));
	}

	@Test
	void attributesWinOverTheProperties() {
		assertThat(settingsOf(new Configured())).isEqualTo(new EndpointSettings("/configured", List.of("v1"),
				Duration.ofSeconds(2), 512, 2000, Duration.ofMillis(1500), "event", false, Duration.ofSeconds(10), true,
				new SendBufferSettings(64 * 1024, SendBufferOverflow.DROP_OLDEST), Duration.ofSeconds(20), 0));
	}

	@Test
	void zeroIdleTimeoutTurnsTheDefaultOff() {
		assertThat(settingsOf(new NoIdle()).idleTimeout()).isZero();
	}

	@Test
	void nonPositiveFrameSizeIsRefused() {
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> settingsOf(new ZeroFrame()))
			.withMessage("@WebSocketService on " + ZeroFrame.class.getName()
					+ ": maxFrameSize must be positive (or -1 for websocket.server.max-frame-size) but was 0");
	}

	@Test
	void aSendBufferLimitThatIsNoPositiveSizeIsRefused() {
		for (Object bean : new Object[] { new ZeroBuffer(), new WordBuffer() }) {
			assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> settingsOf(bean))
				.withMessageStartingWith("@WebSocketService on " + bean.getClass().getName() + ": sendBufferLimit '")
				.withMessageEndingWith("' is not a positive size; use a value such as \"256KB\" or \"1MB\"");
		}
	}

	@Test
	void twoSendBufferPoliciesAreRefused() {
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> settingsOf(new TwoPolicies()))
			.withMessage("@WebSocketService on " + TwoPolicies.class.getName()
					+ ": sendBufferOverflow takes at most one policy but has [CLOSE, DROP_OLDEST]");
	}

	@WebSocketService(path = "/zero-buffer", sendBufferLimit = "0KB")
	static class ZeroBuffer implements Service {

	}

	@WebSocketService(path = "/word-buffer", sendBufferLimit = "lots")
	static class WordBuffer implements Service {

	}

	@WebSocketService(path = "/two-policies",
			sendBufferOverflow = { SendBufferOverflow.CLOSE, SendBufferOverflow.DROP_OLDEST })
	static class TwoPolicies implements Service {

	}

	@Test
	void maxConnectionsTakesThePropertyUnlessSet() {
		WebSocketEndpoints capped = new WebSocketEndpoints(
				new ServiceInspector(this.binder, new TransportCapabilities("test", true)), this.binder, this.timers,
				new ServerDefaults(Duration.ofSeconds(5), 1000, 2000, Duration.ofSeconds(60), Duration.ofSeconds(10),
						new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), Duration.ZERO, 7),
				new ConnectionRegistry(this.binder), EndpointMetrics.Factory.NONE);
		assertThat(capped.build(Map.of("plain", new Plain())).get(0).settings().maxConnections()).isEqualTo(7);
		assertThat(capped.build(Map.of("capped", new Capped())).get(0).settings().maxConnections()).isEqualTo(2);
		assertThat(capped.build(Map.of("uncapped", new Uncapped())).get(0).settings().maxConnections()).isZero();
	}

	@Test
	void maxConnectionsBelowMinusOneIsRefused() {
		assertThatExceptionOfType(InvalidServiceException.class).isThrownBy(() -> settingsOf(new NegativeCap()))
			.withMessage("@WebSocketService on " + NegativeCap.class.getName() + ": maxConnections must be 0 (no "
					+ "limit), positive, or -1 for websocket.server.max-connections, but was -2");
	}

	@WebSocketService(path = "/capped", maxConnections = 2)
	static class Capped implements Service {

	}

	@WebSocketService(path = "/uncapped", maxConnections = 0)
	static class Uncapped implements Service {

	}

	@WebSocketService(path = "/negative", maxConnections = -2)
	static class NegativeCap implements Service {

	}

	@WebSocketService("/plain")
	static class Plain implements Service {

	}

	@WebSocketService(path = "/configured", subProtocols = "v1", idleTimeout = "2s", maxFrameSize = 512,
			connectionClosureTimeout = "1500ms", dispatcherKey = "event", validation = false, sendBufferLimit = "64KB",
			pingInterval = "20s",
			sendBufferOverflow = SendBufferOverflow.DROP_OLDEST)
	@NonBlocking
	static class Configured implements Service {

	}

	@WebSocketService(path = "/no-idle", idleTimeout = "0")
	static class NoIdle implements Service {

	}

	@WebSocketService(path = "/zero", maxFrameSize = 0)
	static class ZeroFrame implements Service {

	}

}
