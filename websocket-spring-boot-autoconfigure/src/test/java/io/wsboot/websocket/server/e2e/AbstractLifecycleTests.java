package io.wsboot.websocket.server.e2e;

import java.util.UUID;

import io.wsboot.websocket.testing.ServiceEvents;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The setup of the tests against {@code /ws/lifecycle}: the test application on a random port, the events its
 * services record, and a tag of each test's own, so that no test sees another's events.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class AbstractLifecycleTests {

	@LocalServerPort
	int port;

	@Autowired
	ServiceEvents log;

	final String tag = UUID.randomUUID().toString();

	/** Connects to the lifecycle service under this test's tag. */
	JdkClient connect() {
		return JdkClient.connect(this.port, "/ws/lifecycle?tag=" + this.tag);
	}

}
