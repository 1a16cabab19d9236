package io.wsboot.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link WebSocketService @WebSocketService} whose upgrade service and service methods never
 * block: no waiting on I/O, locks or other threads (writes through the {@link Caller} are fine). On
 * Reactor Netty they then run on the connection's event loop instead of being handed to a worker
 * thread, which is several times faster for small messages. On Tomcat and Jetty it changes nothing:
 * there service methods always run on the container's threads.
 *
 * <p>A method that blocks on the event loop stalls every connection that shares it; leave this off
 * unless the service is known not to block.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NonBlocking {

}
