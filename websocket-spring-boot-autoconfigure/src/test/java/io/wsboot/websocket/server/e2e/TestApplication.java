package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.testing.ServiceEvents;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application the end-to-end tests run: the services of this package.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
class TestApplication {

	@Bean
	ServiceEvents serviceEvents() {
		return new ServiceEvents();
	}

}
