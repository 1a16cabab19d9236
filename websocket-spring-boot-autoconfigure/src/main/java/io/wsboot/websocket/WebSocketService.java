package io.wsboot.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * Registers a bean as a WebSocket endpoint at {@link #path()}. The bean is either an
 * {@link UpgradeService}, asked for a new {@link Service} on every handshake, or a {@link Service}
 * itself, then shared by all connections.
 *
 * <p>Attributes left at their defaults take the {@code websocket.server.*} properties; a value set
 * here wins over the property.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface WebSocketService {

	/**
	 * Alias for {@link #path()}.
	 * @return the path
	 */
	@AliasFor("path")
	String value() default "";

	/**
	 * Path of the endpoint; templates such as {@code /chat/{room}} are available through
	 * {@link HandshakeRequest#pathVariable(String)}.
	 * @return the path
	 */
	@AliasFor("value")
	String path() default "";

	/**
	 * Sub-protocols the endpoint accepts; the first the client asks for that is in this list is
	 * agreed, none when there is no match.
	 * @return the sub-protocols
	 */
	String[] subProtocols() default {};

	/**
	 * Idle time after which {@code onIdleTimeout} is called, such as {@code "30s"}; empty for the
	 * property {@code websocket.server.idle-timeout}, {@code "0"} for none.
	 * @return the idle timeout
	 */
	String idleTimeout() default "";

	/**
	 * Largest frame payload accepted in bytes; {@code -1} for the property
	 * {@code websocket.server.max-frame-size}.
	 * @return the maximum frame size
	 */
	int maxFrameSize() default -1;

	/**
	 * Field of a JSON text message whose value selects the method to call, such as {@code "event"}:
	 * {@code {"event":"subscribe"}} goes to {@code onSubscribe}.
	 * @return the dispatcher key, empty for none
	 */
	String dispatcherKey() default "";

	/**
	 * How long {@code close()} waits for the peer's close frame, such as {@code "60s"}; empty for the
	 * property {@code websocket.server.connection-closure-timeout}.
	 * @return the connection closure timeout
	 */
	String connectionClosureTimeout() default "";

	/**
	 * Whether bound payloads are validated with Bean Validation when a validator is available.
	 * @return whether validation is on
	 */
	boolean validation() default true;

	/**
	 * How long a peer may send nothing before it is pinged, such as {@code "30s"}; a peer that still
	 * sends nothing by the next interval is dropped. Empty for the property
	 * {@code websocket.server.ping-interval}, {@code "0"} for none.
	 * @return the ping interval
	 */
	String pingInterval() default "";

	/**
	 * Most bytes of messages that may wait to be sent to one peer, such as {@code "256KB"}; empty for
	 * the property {@code websocket.server.send-buffer-limit}.
	 * @return the send buffer limit
	 */
	String sendBufferLimit() default "";

	/**
	 * What happens when a message does not fit in the send buffer; empty for the property
	 * {@code websocket.server.send-buffer-overflow}.
	 * @return the policy, at most one
	 */
	SendBufferOverflow[] sendBufferOverflow() default {};

	/**
	 * How many connections the endpoint holds at once; a handshake beyond them is answered with
	 * HTTP 503 before the {@link UpgradeService} is asked. {@code -1} for the property
	 * {@code websocket.server.max-connections}, {@code 0} for no limit.
	 * @return the maximum number of open connections
	 */
	int maxConnections() default -1;

}
