package io.wsboot.websocket.server.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom dispatch by {@code dispatcherKey}, {@code @DispatcherConfig} and {@code on<Name>Error}, and
 * the fall-back to {@code onTextMessage}.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class DispatchTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"type":"subscribe","topic":"news","limit":3}   | subscribed news 3
			{"type":"connection_init"}                      | ack
			{"type":"complete","id":"7"}                    | completed 7
			{"type":"subscribe","topic":"news","limit":"x"} | bad subscribe: PayloadBindingException
			{"type":"finish","id":"7"}                      | fallback: {"type":"finish","id":"7"}
			{"type":"unknown"}                              | fallback: {"type":"unknown"}
			{"type":5}                                      | fallback: {"type":5}
			{"kind":"subscribe"}                            | fallback: {"kind":"subscribe"}
			not json                                        | fallback: not json
			""")
	void messageGoesToTheMethodItsTypeSelects(String message, String answer) throws Exception {
		try (JdkClient client = JdkClient.connect(this.port, "/ws/dispatch")) {
			client.send(message);
			assertThat(client.nextText()).isEqualTo(answer);
		}
	}

}
