package io.wsboot.websocket.security;

import java.time.Instant;
import java.util.Set;

import io.wsboot.websocket.server.ThreadBinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server learns from Spring Security's {@code Authentication}s.
 */
class SpringSecurityPrincipalsTests {

	private final SpringSecurityPrincipals principals = new SpringSecurityPrincipals();

	private final UsernamePasswordAuthenticationToken alice = UsernamePasswordAuthenticationToken
		.authenticated("alice", "n/a", AuthorityUtils.createAuthorityList("SCOPE_write"));

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anonymousAndUnauthenticatedUsersAreNone() {
		assertThat(this.principals.authenticated(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isNull();
		assertThat(this.principals.authenticated(UsernamePasswordAuthenticationToken.unauthenticated("x", "y")))
			.isNull();
		assertThat(this.principals.authenticated(this.alice)).isSameAs(this.alice);
		assertThat(this.principals.authenticated(() -> "container-user")).isNotNull();
		assertThat(this.principals.authenticated(null)).isNull();
	}

	@Test
	void holdsAnyOfTheAuthorities() {
		assertThat(this.principals.holdsAny(this.alice, Set.of("SCOPE_read", "SCOPE_write"))).isTrue();
		assertThat(this.principals.holdsAny(this.alice, Set.of("SCOPE_read"))).isFalse();
		assertThat(this.principals.holdsAny(() -> "container-user", Set.of("SCOPE_write"))).isFalse();
	}

	@Test
	void aTokensExpiryIsTheUsers() {
		Instant exp = Instant.parse("2030-01-01T00:00:00Z");
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("erin").expiresAt(exp).build();
		assertThat(this.principals.expiresAt(new JwtAuthenticationToken(jwt))).isEqualTo(exp);
		assertThat(this.principals.expiresAt(this.alice)).isNull();
	}

	@Test
	void bindingSetsTheUserAndRestoresAnEmptyThread() {
		ThreadBinding binding = this.principals.threadBinding(this.alice);
		binding.bind();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(this.alice);
		binding.unbind();
		assertThat(SecurityContextHolder.getContextHolderStrategy().getDeferredContext().get().getAuthentication())
			.isNull();
	}

	@Test
	void bindingRestoresTheThreadsOwnUser() {
		TestingAuthenticationToken own = new TestingAuthenticationToken("worker", "n/a");
		SecurityContextHolder.getContext().setAuthentication(own);
		ThreadBinding binding = this.principals.threadBinding(this.alice);
		binding.bind();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(this.alice);
		binding.unbind();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(own);
	}

}
