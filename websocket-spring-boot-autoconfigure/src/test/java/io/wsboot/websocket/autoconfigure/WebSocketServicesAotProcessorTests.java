package io.wsboot.websocket.autoconfigure;

import java.util.List;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime hints registered at build time for an application's WebSocket services: the service
 * classes' methods and the payload types they bind, through the generics of collections.
 */
class WebSocketServicesAotProcessorTests {

	@Test
	void isRegisteredForSpringsAotEngine() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(BeanFactoryInitializationAotProcessor.class))
			.hasAtLeastOneElementOfType(WebSocketServicesAotProcessor.class);
	}

	@Test
	void hintsCoverTheServicesTheirMethodsAndPayloads() {
		RuntimeHints hints = hintsFor(OrdersUpgrade.class);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(OrdersService.class, "onMessage"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(OrdersService.class, "onCancel"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(OrdersUpgrade.class, "get")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Order.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Line.class)).as("element type of a List")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Status.class)).as("an enum in a record")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Ack.class)).as("a return type").accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Order.class, "lines")).accepts(hints);
	}

	@Test
	void nothingWithoutServices() {
		assertThat(new WebSocketServicesAotProcessor().processAheadOfTime(new DefaultListableBeanFactory())).isNull();
	}

	private static RuntimeHints hintsFor(Class<?> bean) {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerBeanDefinition("bean", new RootBeanDefinition(bean));
		BeanFactoryInitializationAotContribution contribution = new WebSocketServicesAotProcessor()
			.processAheadOfTime(beanFactory);
		assertThat(contribution).isNotNull();
		DefaultGenerationContext generationContext = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(WebSocketServicesAotProcessorTests.class)),
				new InMemoryGeneratedFiles());
		contribution.applyTo(generationContext, null);
		return generationContext.getRuntimeHints();
	}

	@WebSocketService("/orders")
	static class OrdersUpgrade implements UpgradeService {

		@Override
		public OrdersService get(HandshakeRequest request) {
			return new OrdersService();
		}

	}

	static class OrdersService implements Service {

		public Ack onMessage(Caller caller, Order order) {
			return new Ack(order.id());
		}

		public void onCancel(Caller caller, List<String> ids) {
		}

	}

	record Order(String id, List<Line> lines, Status status) {

	}

	record Line(String item, int quantity) {

	}

	enum Status {

		NEW, PAID

	}

	record Ack(String id) {

	}

}
