package io.wsboot.websocket.server;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

import io.wsboot.websocket.Authenticated;
import org.jspecify.annotations.Nullable;

/**
 * Who may open a connection to an endpoint, from its {@link Authenticated} annotation: anyone,
 * any authenticated user, or one holding at least one of some authorities.
 *
 * @param authenticated whether the handshake needs an authenticated user
 * @param authorities the authorities of which the user needs one; empty for none
 */
public record AccessRule(boolean authenticated, Set<String> authorities) {

	/** Everyone may connect. */
	public static final AccessRule ANYONE = new AccessRule(false, Set.of());

	/** The plain-text body of a 401. */
	static final String UNAUTHORIZED = "Unauthorized";

	/** The plain-text body of a 403. */
	static final String FORBIDDEN = "Forbidden";

	/**
	 * The rule of an annotation, or {@link #ANYONE} without one.
	 * @param annotation the endpoint's annotation, or {@code null}
	 * @return the rule
	 */
	public static AccessRule of(@Nullable Authenticated annotation) {
		if (annotation == null) {
			return ANYONE;
		}
		Set<String> authorities = new LinkedHashSet<>();
		for (String scope : annotation.scopes()) {
			authorities.add("SCOPE_" + scope);
		}
		authorities.addAll(Set.of(annotation.authorities()));
		return new AccessRule(true, Set.copyOf(authorities));
	}

	/**
	 * Refuses a handshake this rule does not admit.
	 * @param principal the handshake's authenticated user, or {@code null}
	 * @param principals what tells the user's authorities
	 * @return 401 without a user, 403 without one of the authorities, {@code null} when admitted
	 */
	UpgradeDecision.@Nullable Refused refusal(@Nullable Principal principal, Principals principals) {
		if (!this.authenticated) {
			return null;
		}
		if (principal == null) {
			return new UpgradeDecision.Refused(401, UNAUTHORIZED);
		}
		if (!this.authorities.isEmpty() && !principals.holdsAny(principal, this.authorities)) {
			return new UpgradeDecision.Refused(403, FORBIDDEN);
		}
		return null;
	}

}
