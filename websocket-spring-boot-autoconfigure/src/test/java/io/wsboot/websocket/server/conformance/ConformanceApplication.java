package io.wsboot.websocket.server.conformance;

import io.wsboot.websocket.testing.ServiceEvents;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application the conformance suite runs: the services of this package and nothing else.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
class ConformanceApplication {

	@Bean
	ServiceEvents serviceEvents() {
		return new ServiceEvents();
	}

}
