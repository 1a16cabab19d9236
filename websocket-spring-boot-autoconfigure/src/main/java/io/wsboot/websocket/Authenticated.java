package io.wsboot.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Next to {@link WebSocketService}: the endpoint accepts only handshakes whose user the
 * application's security (Spring Security's filter chain, or the container) has authenticated, and,
 * when {@link #scopes()} or {@link #authorities()} are given, who holds at least one of them. A
 * handshake without an authenticated user is refused with 401, one whose user lacks them with 403,
 * both before {@link UpgradeService#get} runs.
 *
 * <p>A scope {@code write} is Spring Security's authority {@code SCOPE_write}, as its resource
 * server derives from a token's {@code scope} claim; {@link #authorities()} are matched as they are,
 * such as {@code ROLE_ADMIN}. Checking either needs Spring Security on the class path.
 *
 * <pre class="code">
 * &#64;WebSocketService("/ws/secure/echo")
 * &#64;Authenticated(scopes = "write")
 * class SecureEcho implements Service { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Authenticated {

	/**
	 * Scopes of which the user must hold at least one (with {@link #authorities()}); none for any
	 * authenticated user.
	 * @return the scopes, without the {@code SCOPE_} prefix
	 */
	String[] scopes() default {};

	/**
	 * Authorities of which the user must hold at least one (with {@link #scopes()}); none for any
	 * authenticated user.
	 * @return the authorities, such as {@code ROLE_ADMIN}
	 */
	String[] authorities() default {};

}
