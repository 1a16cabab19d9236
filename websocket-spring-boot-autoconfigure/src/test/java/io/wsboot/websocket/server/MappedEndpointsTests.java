package io.wsboot.websocket.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.binding.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up line and the engine's id of the mapped endpoints.
 */
class MappedEndpointsTests {

	private final PayloadBinder binder = new PayloadBinder(new JsonMapper());

	private final WebSocketEndpoints builder = new WebSocketEndpoints(
			new ServiceInspector(this.binder, new TransportCapabilities("test", true)), this.binder,
			new ManualConnectionTimers(),
			new ServerDefaults(Duration.ZERO, 1000, 2000, Duration.ofSeconds(60), Duration.ofSeconds(10),
					new SendBufferSettings(1 << 20, SendBufferOverflow.CLOSE), Duration.ZERO, 0),
			new ConnectionRegistry(this.binder), EndpointMetrics.Factory.NONE);

	private List<WebSocketEndpoint> endpoints(Object... beans) {
		Map<String, Object> named = new LinkedHashMap<>();
		for (Object bean : beans) {
			named.put(bean.getClass().getSimpleName(), bean);
		}
		return this.builder.build(named);
	}

	@Test
	void summaryListsEachPathWithTheSimpleNameOfItsBeanClassAndTheEngine() {
		MappedEndpoints mapped = new MappedEndpoints("Tomcat", true, endpoints(new EchoUpgrade(), new Rooms()));
		assertThat(mapped.summary())
			.isEqualTo("wsboot: 2 WebSocket endpoints on Tomcat: /ws/echo (EchoUpgrade), /ws/rooms/{room} (Rooms)");
	}

	@Test
	void summaryOfOneEndpointSaysEndpoint() {
		assertThat(new MappedEndpoints("Jetty", true, endpoints(new Rooms())).summary())
			.isEqualTo("wsboot: 1 WebSocket endpoint on Jetty: /ws/rooms/{room} (Rooms)");
	}

	@Test
	void summaryOfNoEndpointsSaysSo() {
		assertThat(new MappedEndpoints("Reactor Netty", true, List.of()).summary())
			.isEqualTo("wsboot: 0 WebSocket endpoints on Reactor Netty");
	}

	@Test
	void engineIdIsTheNameInLowerCaseWithHyphens() {
		assertThat(new MappedEndpoints("Reactor Netty", true, List.of()).engineId()).isEqualTo("reactor-netty");
		assertThat(new MappedEndpoints("Tomcat", true, List.of()).engineId()).isEqualTo("tomcat");
	}

	@Test
	void eachEndpointKnowsItsBeanNameAndClass() {
		WebSocketEndpoint endpoint = endpoints(new EchoUpgrade()).get(0);
		assertThat(endpoint.beanName()).isEqualTo("EchoUpgrade");
		assertThat(endpoint.serviceType()).isEqualTo(EchoUpgrade.class);
	}

	@WebSocketService("/ws/echo")
	static class EchoUpgrade implements UpgradeService {

		@Override
		public Service get(HandshakeRequest request) {
			return new Rooms();
		}

	}

	@WebSocketService("/ws/rooms/{room}")
	static class Rooms implements Service {

	}

}
