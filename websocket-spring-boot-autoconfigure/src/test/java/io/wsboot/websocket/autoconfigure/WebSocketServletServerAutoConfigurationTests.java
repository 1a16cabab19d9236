package io.wsboot.websocket.autoconfigure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.wsboot.websocket.SendBufferOverflow;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.server.ConnectionRegistry;
import io.wsboot.websocket.server.EndpointMetrics;
import io.wsboot.websocket.server.EndpointObserver;
import io.wsboot.websocket.server.InvalidServiceException;
import io.wsboot.websocket.server.MappedEndpoints;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration of {@code @WebSocketService} beans, and the start-up failures of bad ones.
 */
class WebSocketServletServerAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
				WebSocketServletServerAutoConfiguration.class));

	@Test
	void registersEachServiceAtItsPathWithoutEnableWebSocket() {
		this.contextRunner.withUserConfiguration(EchoUpgrade.class, SharedService.class).run((context) -> {
			assertThat(context).hasSingleBean(WebSocketHandlerMapping.class);
			Map<String, ?> urlMap = context.getBean(WebSocketHandlerMapping.class).getUrlMap();
			assertThat(urlMap).containsOnlyKeys("/ws/echo", "/ws/shared/{id}");
			assertThat(urlMap.values()).allMatch(WebSocketHttpRequestHandler.class::isInstance);
			assertThat(context).hasSingleBean(PayloadBinder.class);
		});
	}

	@Test
	void theApplicationsOwnMappingReplacesTheEndpointRegistration() {
		WebSocketHandlerMapping own = new WebSocketHandlerMapping();
		this.contextRunner.withUserConfiguration(EchoUpgrade.class)
			.withBean("webSocketServiceHandlerMapping", WebSocketHandlerMapping.class, () -> own)
			.run((context) -> {
				assertThat(context.getBean(WebSocketHandlerMapping.class)).isSameAs(own);
				assertThat(context.getBean(MappedEndpoints.class).endpoints()).hasSize(1);
			});
	}

	@Test
	void theApplicationsOpenConnectionsIsTheOneInjectedAndCanDecorateTheRegistry() {
		this.contextRunner.withUserConfiguration(EchoUpgrade.class, CountingConnections.class, Broadcaster.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(ConnectionRegistry.class);
				OpenConnections injected = context.getBean(Broadcaster.class).connections;
				assertThat(injected).isInstanceOf(CountingConnections.Counting.class);
				assertThat(context.getBean(OpenConnections.class)).isSameAs(injected);
				assertThat(injected.broadcast("to nobody")).isZero();
				assertThat(((CountingConnections.Counting) injected).broadcasts).isEqualTo(1);
				assertThat(context.getBean(MappedEndpoints.class).endpoints()).hasSize(1);
			});
	}

	@Test
	void theApplicationsObserverAndMetricsReplaceWsboots() {
		EndpointObserver observer = (path, upgrade) -> upgrade.get();
		EndpointMetrics.Factory metrics = (path) -> EndpointMetrics.NONE;
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
					WebSocketServletServerAutoConfiguration.class))
			.withBean(EndpointObserver.class, () -> observer)
			.withBean(EndpointMetrics.Factory.class, () -> metrics)
			.run((context) -> {
				assertThat(context.getBean(EndpointObserver.class)).isSameAs(observer);
				assertThat(context.getBean(EndpointMetrics.Factory.class)).isSameAs(metrics);
			});
	}

	@Test
	void usesTheUsersPayloadBinder() {
		PayloadBinder custom = new PayloadBinder(new tools.jackson.databind.json.JsonMapper());
		this.contextRunner.withBean(PayloadBinder.class, () -> custom)
			.run((context) -> assertThat(context.getBean(PayloadBinder.class)).isSameAs(custom));
	}

	@Test
	void backsOffOutsideAServletWebApplication() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebSocketBindingAutoConfiguration.class,
					WebSocketServletServerAutoConfiguration.class))
			.withUserConfiguration(EchoUpgrade.class)
			.run((context) -> assertThat(context).doesNotHaveBean(WebSocketHandlerMapping.class));
	}

	@Test
	void backsOffWithoutSpringWebSocket() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(WebSocketHandlerMapping.class))
			.withUserConfiguration(EchoUpgrade.class)
			.run((context) -> assertThat(context).doesNotHaveBean(WebSocketHandlerMapping.class));
	}

	@Test
	void twoServicesOnOnePathFailStartUp() {
		this.contextRunner.withUserConfiguration(EchoUpgrade.class, SecondEcho.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidServiceException.class)
				.hasMessageContaining("are both mapped to '/ws/echo'; give each its own path"));
	}

	@Test
	void pathsDifferingOnlyInVariableNamesCollide() {
		this.contextRunner.withUserConfiguration(SharedService.class, SharedByOtherName.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("are both mapped to '/ws/shared/{name}'"));
	}

	@Test
	void missingPathFailsStartUp() {
		this.contextRunner.withUserConfiguration(NoPath.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("@WebSocketService on " + NoPath.class.getName() + " (bean "
						+ "'webSocketServletServerAutoConfigurationTests.NoPath') needs a path starting with '/', such as "
						+ "@WebSocketService(path = \"/ws/echo\"); found ''"));
	}

	@Test
	void beanThatIsNoServiceFailsStartUp() {
		this.contextRunner.withUserConfiguration(NotAService.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageEndingWith("(" + NotAService.class.getName() + ") must implement UpgradeService or Service"));
	}

	@Test
	void badServiceBeanMethodFailsStartUpNamingTheMethod() {
		this.contextRunner.withUserConfiguration(BadSignature.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage(BadSignature.class.getName() + "#onClose(Caller, Thread): onClose accepts Caller, int and "
						+ "String; found Thread at position 2"));
	}

	@Test
	void badServiceReturnedByAnUpgradeServiceFailsStartUp() {
		this.contextRunner.withUserConfiguration(UpgradeToBadService.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith(BadSignature.class.getName() + "#onClose"));
	}

	@Test
	void unparsableDurationAttributeFailsStartUp() {
		this.contextRunner.withUserConfiguration(BadTimeout.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("@WebSocketService on " + BadTimeout.class.getName()
						+ ": connectionClosureTimeout 'soon' is not a duration; use a value such as \"30s\", "
						+ "\"500ms\" or \"2m\""));
	}

	@Test
	void nonPositiveSizePropertyFailsStartUpNamingIt() {
		this.contextRunner.withPropertyValues("websocket.server.max-message-size=-1B")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("'websocket.server.max-message-size' must be positive but was -1B"));
	}

	@Test
	void zeroSendBufferLimitFailsStartUpNamingIt() {
		this.contextRunner.withPropertyValues("websocket.server.send-buffer-limit=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("'websocket.server.send-buffer-limit' must be positive but was 0B"));
	}

	@Test
	void unknownSendBufferPolicyFailsStartUpNamingIt() {
		this.contextRunner.withPropertyValues("websocket.server.send-buffer-overflow=block")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'websocket.server.send-buffer-overflow'"));
	}

	@Test
	void sendBufferPolicyIsBoundFromItsKebabCaseName() {
		this.contextRunner.withPropertyValues("websocket.server.send-buffer-overflow=drop-oldest")
			.run((context) -> assertThat(context.getBean(WebSocketProperties.class).getServer().getSendBufferOverflow())
				.isEqualTo(SendBufferOverflow.DROP_OLDEST));
	}

	@Test
	void negativeDurationPropertyFailsStartUpNamingIt() {
		this.contextRunner.withPropertyValues("websocket.server.idle-timeout=-5s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("'websocket.server.idle-timeout' must not be negative but was PT-5S"));
	}

	@Test
	void unparsableDurationPropertyFailsStartUpNamingIt() {
		this.contextRunner.withPropertyValues("websocket.server.connection-closure-timeout=soon")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'websocket.server.connection-closure-timeout'"));
	}

	@Test
	void failureAnalyzerDescribesTheServiceAndWhatToDo() {
		InvalidServiceException failure = new InvalidServiceException("com.acme.Chat#onClose(Date): bad");
		var analysis = new InvalidServiceFailureAnalyzer().analyze(new IllegalStateException(failure));
		assertThat(analysis.getDescription()).contains("com.acme.Chat#onClose(Date): bad");
		assertThat(analysis.getAction()).contains("matched by name");
	}

	@WebSocketService("/ws/echo")
	static class EchoUpgrade implements UpgradeService {

		@Override
		public Service get(HandshakeRequest request) {
			return new SharedService();
		}

	}

	@WebSocketService("/ws/echo")
	static class SecondEcho extends EchoUpgrade {

	}

	@WebSocketService("/ws/shared/{id}")
	static class SharedService implements Service {

		public String onTextMessage(String text) {
			return text;
		}

	}

	@WebSocketService("/ws/shared/{name}")
	static class SharedByOtherName extends SharedService {

	}

	@WebSocketService
	static class NoPath implements Service {

	}

	@WebSocketService("/ws/not-a-service")
	static class NotAService {

	}

	@WebSocketService("/ws/bad")
	static class BadSignature implements Service {

		public void onClose(Caller caller, Thread thread) {
		}

	}

	@WebSocketService("/ws/bad-upgrade")
	static class UpgradeToBadService implements UpgradeService {

		@Override
		public BadSignature get(HandshakeRequest request) {
			return new BadSignature();
		}

	}

	@WebSocketService(path = "/ws/slow", connectionClosureTimeout = "soon")
	static class BadTimeout implements Service {

	}

	@Configuration(proxyBeanMethods = false)
	static class CountingConnections {

		@Bean
		OpenConnections countingConnections(ConnectionRegistry registry) {
			return new Counting(registry);
		}

		/** Counts broadcasts, then hands them to wsboot's registry. */
		static final class Counting implements OpenConnections {

			private final ConnectionRegistry registry;

			int broadcasts;

			Counting(ConnectionRegistry registry) {
				this.registry = registry;
			}

			@Override
			public List<Caller> all() {
				return this.registry.all();
			}

			@Override
			public List<Caller> ofEndpoint(String path) {
				return this.registry.ofEndpoint(path);
			}

			@Override
			public List<Caller> withPathVariable(String name, String value) {
				return this.registry.withPathVariable(name, value);
			}

			@Override
			public List<Caller> withAttribute(String name, Object value) {
				return this.registry.withAttribute(name, value);
			}

			@Override
			public List<Caller> ofUser(String name) {
				return this.registry.ofUser(name);
			}

			@Override
			public List<Caller> matching(Predicate<Caller> filter) {
				return this.registry.matching(filter);
			}

			@Override
			public int broadcast(Object message) {
				this.broadcasts++;
				return this.registry.broadcast(message);
			}

			@Override
			public int broadcast(Object message, Collection<? extends Caller> recipients) {
				this.broadcasts++;
				return this.registry.broadcast(message, recipients);
			}

		}

	}

	static class Broadcaster {

		final OpenConnections connections;

		Broadcaster(OpenConnections connections) {
			this.connections = connections;
		}

	}

}
