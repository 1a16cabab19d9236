package io.wsboot.websocket.server.tomcat;

import java.util.List;
import java.util.Map;

import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.tomcat.websocket.Constants;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade handler gives Tomcat's session one second, not 50 ms, to send the close frame of a
 * protocol violation: under load Tomcat otherwise closed the socket without it (seen once in a full
 * run, {@code ProtocolViolationTests} on Tomcat: end of stream instead of 1002).
 */
class InflateRepairingUpgradeHandlerTests {

	@Test
	void sessionsGetOneSecondToSendTheCloseFrameOfAViolation() {
		ServerEndpointConfig config = ServerEndpointConfig.Builder.create(Endpoint.class, "/ws").build();
		new InflateRepairingUpgradeHandler().preInit(config, null, null, List.of(), null, null, Map.of(), false);
		assertThat(config.getUserProperties()).containsEntry(Constants.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT_PROPERTY,
				1000L);
	}

}
