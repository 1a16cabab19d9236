package io.wsboot.websocket.client;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the client test classes that share one client and one independent Jetty server per class.
 */
abstract class SharedServerTests {

	static ClientFixture fixture;

	@BeforeAll
	static void startFixture() throws Exception {
		fixture = ClientFixture.start();
	}

	@AfterAll
	static void stopFixture() throws Exception {
		fixture.close();
	}

}
