package io.wsboot.websocket.server.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one server all conformance classes share (the same annotation gives the same cached context):
 * a 1 MiB message limit, and frames allowed up to twice that so that the message limit is the one
 * that applies on every engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ConformanceApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "websocket.server.max-message-size=" + ConformanceTest.LIMIT + "B",
				"websocket.server.max-frame-size=2MB" })
@interface ConformanceTest {

	/** The message size limit, in bytes. */
	int LIMIT = 1024 * 1024;

}
