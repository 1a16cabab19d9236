package io.wsboot.websocket.server.shutdown;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.wsboot.websocket.testing.ServiceEvents;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application of the shutdown and connection-cap tests, apart from the end-to-end suite's own
 * so that its properties (a cap of one, a short shutdown phase) and closes affect no other test.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
public class ShutdownApplication {

	/** The shutdown phase's timeout the tests run with. */
	public static final String PHASE_TIMEOUT = "5s";

	@Bean
	ServiceEvents serviceEvents() {
		return new ServiceEvents();
	}

	@Bean
	UpgradeCalls upgradeCalls() {
		return new UpgradeCalls();
	}

	@Bean
	SlowCloseGate slowCloseGate() {
		return new SlowCloseGate();
	}

	/**
	 * Starts the application on a free port, with {@code websocket.server.max-connections=1} and
	 * {@value #PHASE_TIMEOUT} per shutdown phase.
	 * @param properties more properties
	 * @return the running context
	 */
	public static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(ShutdownApplication.class)
			.properties("server.port=0", "websocket.server.max-connections=1",
					"spring.lifecycle.timeout-per-shutdown-phase=" + PHASE_TIMEOUT, "spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	/**
	 * The port the application listens on.
	 * @param context the running context
	 * @return the port
	 */
	public static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** How often the capped endpoint's upgrade service was asked. */
	public static final class UpgradeCalls extends AtomicInteger {

	}

	/** Holds the slow service's {@code onClose} until a test opens it, so that the shutdown lasts. */
	public static final class SlowCloseGate extends CountDownLatch {

		SlowCloseGate() {
			super(1);
		}

	}

}
