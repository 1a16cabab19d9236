package io.wsboot.websocket.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DispatcherNamesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "heartbeat, onHeartbeat", "_ping, onPing", "this_ping message, onThisPingMessage",
			"connection_init, onConnectionInit", "un subscribe, onUnSubscribe", "subscribeAll, onSubscribeall" })
	void derivesTheReferenceMethodName(String value, String methodName) {
		assertThat(DispatcherNames.methodName(value)).isEqualTo(methodName);
	}

}
