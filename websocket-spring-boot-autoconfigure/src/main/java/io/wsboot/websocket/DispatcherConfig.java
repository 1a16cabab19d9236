package io.wsboot.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a value of the {@link WebSocketService#dispatcherKey() dispatcher key} to the annotated
 * service method, which is then reached only through that value and not by its own name.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DispatcherConfig {

	/**
	 * The dispatcher value that selects this method.
	 * @return the value
	 */
	String value();

}
