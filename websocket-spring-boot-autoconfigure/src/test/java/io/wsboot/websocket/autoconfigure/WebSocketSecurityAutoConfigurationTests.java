package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.Authenticated;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.security.SpringSecurityPrincipals;
import io.wsboot.websocket.security.SubProtocolBearerTokenResolver;
import io.wsboot.websocket.server.InvalidServiceException;
import io.wsboot.websocket.server.Principals;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security for the endpoints when it is on the class path, and what happens without it.
 */
class WebSocketSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketServletServerAutoConfiguration.class, WebSocketSecurityAutoConfiguration.class));

	@Test
	void endpointsLearnTheirUsersFromSpringSecurity() {
		this.servlet.withUserConfiguration(Writers.class).run((context) -> {
			assertThat(context).hasSingleBean(Principals.class);
			assertThat(context.getBean(Principals.class)).isInstanceOf(SpringSecurityPrincipals.class);
			assertThat(context).hasSingleBean(WebSocketHandlerMapping.class);
		});
	}

	@Test
	void servletResourceServerReadsBearerTokensOfferedAsSubProtocols() {
		this.servlet.run((context) -> assertThat(context.getBean(BearerTokenResolver.class))
			.isInstanceOf(SubProtocolBearerTokenResolver.class));
	}

	@Test
	void applicationsBearerTokenResolverWins() {
		BearerTokenResolver own = new DefaultBearerTokenResolver();
		this.servlet.withBean(BearerTokenResolver.class, () -> own)
			.run((context) -> assertThat(context.getBean(BearerTokenResolver.class)).isSameAs(own));
	}

	@Test
	void reactiveApplicationsGetPrincipalsButNoServletResolver() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebSocketSecurityAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(Principals.class);
				assertThat(context).doesNotHaveBean(BearerTokenResolver.class);
			});
	}

	@Test
	void withoutSpringSecurityAnyUserEndpointStarts() {
		this.servlet.withClassLoader(new FilteredClassLoader(SecurityContextHolder.class))
			.withUserConfiguration(AnyUser.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(Principals.class);
			});
	}

	@Test
	void withoutSpringSecurityScopesFailStartUpNamingTheClass() {
		this.servlet.withClassLoader(new FilteredClassLoader(SecurityContextHolder.class))
			.withUserConfiguration(Writers.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidServiceException.class)
				.hasMessage("@Authenticated on " + Writers.class.getName() + " (bean '"
						+ "webSocketSecurityAutoConfigurationTests.Writers') requires scopes or authorities "
						+ "[SCOPE_write], which need Spring Security (spring-security-core) on the class path"));
	}

	@WebSocketService("/ws/write")
	@Authenticated(scopes = "write")
	static class Writers implements Service {

		public String onTextMessage(Caller caller, String text) {
			return text;
		}

	}

	@WebSocketService("/ws/any")
	@Authenticated
	static class AnyUser implements Service {

		public String onTextMessage(Caller caller, String text) {
			return text;
		}

	}

}
