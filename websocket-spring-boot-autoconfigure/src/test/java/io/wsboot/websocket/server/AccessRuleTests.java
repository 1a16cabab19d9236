package io.wsboot.websocket.server;

import java.security.Principal;

import io.wsboot.websocket.Authenticated;
import io.wsboot.websocket.security.SpringSecurityPrincipals;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access rule of an endpoint: 401 without a user, 403 without one of the authorities.
 */
class AccessRuleTests {

	/** A user holding {@code SCOPE_write} and {@code ROLE_USER}. */
	private static final Principal ALICE = UsernamePasswordAuthenticationToken.authenticated("alice", "n/a",
			AuthorityUtils.createAuthorityList("SCOPE_write", "ROLE_USER"));

	private static final Principals WRITER = new SpringSecurityPrincipals();

	@Test
	void withoutAnnotationAnyoneIsAdmitted() {
		assertThat(AccessRule.of(null)).isSameAs(AccessRule.ANYONE);
		assertThat(AccessRule.ANYONE.refusal(null, WRITER)).isNull();
	}

	@Test
	void scopesBecomeScopeAuthoritiesBesideTheAuthorities() {
		assertThat(AccessRule.of(ScopesAndRole.class.getAnnotation(Authenticated.class)).authorities())
			.containsExactlyInAnyOrder("SCOPE_admin", "SCOPE_audit", "ROLE_ADMIN");
	}

	@Test
	void noUserIs401() {
		AccessRule rule = AccessRule.of(AnyUser.class.getAnnotation(Authenticated.class));
		assertThat(rule.refusal(null, WRITER)).isEqualTo(new UpgradeDecision.Refused(401, "Unauthorized"));
		assertThat(rule.refusal(ALICE, WRITER)).isNull();
	}

	@Test
	void oneOfTheAuthoritiesIsEnough() {
		assertThat(AccessRule.of(WriteScope.class.getAnnotation(Authenticated.class)).refusal(ALICE, WRITER)).isNull();
		assertThat(AccessRule.of(ScopesAndRole.class.getAnnotation(Authenticated.class)).refusal(ALICE, WRITER))
			.isEqualTo(new UpgradeDecision.Refused(403, "Forbidden"));
		assertThat(AccessRule.of(ScopesAndRole.class.getAnnotation(Authenticated.class)).refusal(null, WRITER))
			.isEqualTo(new UpgradeDecision.Refused(401, "Unauthorized"));
	}

	@Authenticated
	static class AnyUser {

	}

	@Authenticated(scopes = { "read", "write" })
	static class WriteScope {

	}

	@Authenticated(scopes = { "admin", "audit" }, authorities = "ROLE_ADMIN")
	static class ScopesAndRole {

	}

}
