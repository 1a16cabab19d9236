package io.wsboot.websocket.security;

import java.security.Principal;
import java.time.Instant;
import java.util.Set;

import io.wsboot.websocket.server.Principals;
import io.wsboot.websocket.server.ThreadBinding;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * {@link Principals} from Spring Security: anonymous users are not authenticated, authorities are
 * the {@link Authentication}'s, an OAuth2 token's {@code exp} is when the user expires, and the
 * {@link Authentication} is in the {@link SecurityContextHolder} while a service method runs.
 */
public final class SpringSecurityPrincipals implements Principals {

	private static final boolean OAUTH2_PRESENT = ClassUtils.isPresent(
			"org.springframework.security.oauth2.core.AbstractOAuth2Token",
			SpringSecurityPrincipals.class.getClassLoader());

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	@Override
	public @Nullable Principal authenticated(@Nullable Principal principal) {
		if (principal instanceof Authentication authentication
				&& (!authentication.isAuthenticated() || this.trustResolver.isAnonymous(authentication))) {
			return null;
		}
		return principal;
	}

	@Override
	public boolean holdsAny(Principal principal, Set<String> authorities) {
		if (principal instanceof Authentication authentication) {
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				if (authorities.contains(authority.getAuthority())) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public @Nullable Instant expiresAt(Principal principal) {
		if (OAUTH2_PRESENT && principal instanceof Authentication authentication) {
			return OAuth2Credentials.expiresAt(authentication.getCredentials());
		}
		return null;
	}

	@Override
	public ThreadBinding threadBinding(Principal principal) {
		return (principal instanceof Authentication authentication) ? new SecurityContextBinding(authentication)
				: ThreadBinding.NONE;
	}

	@Override
	public boolean checksAuthorities() {
		return true;
	}

}
