package io.wsboot.websocket.server.threads;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.client.WsClientCustomizer;
import io.wsboot.websocket.testing.OkHttpTestClient;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.threads.virtual.enabled} on Java 21 and later, wsboot's own threads follow:
 * service methods (on Reactor Netty, Reactor's bounded elastic workers, and on the servlet
 * containers, theirs: Spring Boot makes both virtual), the callbacks of its timers such as
 * {@code onIdleTimeout} and its sends, and the Jetty client under {@code WsClient}. Runs in the {@code java-25-*} executions, which the build
 * adds where a Temurin 25 JDK is installed.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@SpringBootTest(classes = VirtualThreadsTests.Application.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.threads.virtual.enabled=true")
class VirtualThreadsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void serviceMethodsRunOnVirtualThreads() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/threads")) {
			client.send("which thread?");
			assertThat(client.nextMessage()).isEqualTo("message on a virtual thread");
		}
	}

	@Test
	void timerCallbacksRunOnVirtualThreads() throws Exception {
		try (OkHttpTestClient client = OkHttpTestClient.connect(this.port, "/ws/threads")) {
			assertThat(client.nextMessage()).isEqualTo("idle on a virtual thread");
		}
	}

	@Test
	void theClientRunsItsBlockingTasksOnVirtualThreads() {
		HttpClient jetty = new HttpClient();
		jetty.setExecutor(new QueuedThreadPool());
		this.context.getBeansOfType(WsClientCustomizer.class).values().forEach((customizer) -> customizer.customize(jetty));
		assertThat(((QueuedThreadPool) jetty.getExecutor()).getVirtualThreadsExecutor()).isNotNull();
	}

	static String kind() {
		return Thread.currentThread().toString().startsWith("VirtualThread") ? "a virtual thread"
				: "a platform thread (" + Thread.currentThread().getName() + ")";
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ThreadReporter.class)
	static class Application {

	}

	@WebSocketService(path = "/ws/threads", idleTimeout = "1s")
	static class ThreadReporter implements Service {

		public String onTextMessage(Caller caller, String text) {
			return "message on " + kind();
		}

		public void onIdleTimeout(Caller caller) {
			caller.writeTextMessage("idle on " + kind());
		}

	}

}
