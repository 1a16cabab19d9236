package io.wsboot.websocket.server;

import java.security.Principal;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the server learns from the user of a handshake: whether it is authenticated, its
 * authorities, when its credentials expire, and how it is made the current user of a thread while a
 * service method runs. {@link #CONTAINER} knows only what {@link Principal} tells; Spring Security
 * adds the rest when it is on the class path.
 */
public interface Principals {

	/** The container's principal as it is: no authorities, no expiry, nothing bound to threads. */
	Principals CONTAINER = new Principals() {

		@Override
		public @Nullable Principal authenticated(@Nullable Principal principal) {
			return principal;
		}

		@Override
		public boolean holdsAny(Principal principal, Set<String> authorities) {
			return false;
		}

		@Override
		public @Nullable Instant expiresAt(Principal principal) {
			return null;
		}

		@Override
		public ThreadBinding threadBinding(Principal principal) {
			return ThreadBinding.NONE;
		}

		@Override
		public boolean checksAuthorities() {
			return false;
		}

	};

	/**
	 * The user of a handshake if authenticated.
	 * @param principal what the request carries
	 * @return the principal, or {@code null} when there is none or it is anonymous
	 */
	@Nullable Principal authenticated(@Nullable Principal principal);

	/**
	 * Whether the user holds at least one of some authorities.
	 * @param principal an authenticated user
	 * @param authorities the authorities, such as {@code SCOPE_write}
	 * @return whether one of them is held
	 */
	boolean holdsAny(Principal principal, Set<String> authorities);

	/**
	 * When the user's credentials expire, such as a bearer token's {@code exp}.
	 * @param principal an authenticated user
	 * @return the instant, or {@code null} when they do not
	 */
	@Nullable Instant expiresAt(Principal principal);

	/**
	 * How the user is made the current one of the threads its connection's service methods run on.
	 * @param principal an authenticated user
	 * @return the binding, prepared once for the connection
	 */
	ThreadBinding threadBinding(Principal principal);

	/**
	 * Whether {@link #holdsAny} can tell; without it, endpoints requiring authorities cannot start.
	 * @return whether authorities are known
	 */
	boolean checksAuthorities();

}
