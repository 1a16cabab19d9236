package io.wsboot.bench.server;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.server.jetty.JettyRequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * The raw Spring echo on a servlet container: an {@link AbstractWebSocketHandler} at {@code /raw},
 * as the Spring reference documentation shows it. Message buffers keep the container's defaults
 * unless {@code bench.max-message} is set (large-message runs need it), through the standard
 * container on Tomcat and Jetty's own configuration on Jetty.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class RawServletEchoConfiguration {

	private static final String TOMCAT = "org.apache.catalina.startup.Tomcat";

	/** A bean, so that Jetty's upgrade strategy is handed the servlet context and configures the container. */
	@Bean
	WebSocketHttpRequestHandler rawEchoHandler(@Value("${bench.max-message:}") @Nullable DataSize maxMessage) {
		return (maxMessage != null && !ClassUtils.isPresent(TOMCAT, null))
				? new WebSocketHttpRequestHandler(new RawEcho(), new DefaultHandshakeHandler(jettyWithLimit(maxMessage)))
				: new WebSocketHttpRequestHandler(new RawEcho());
	}

	@Bean
	SimpleUrlHandlerMapping rawEchoMapping(WebSocketHttpRequestHandler rawEchoHandler) {
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/raw", rawEchoHandler));
		mapping.setOrder(0);
		return mapping;
	}

	/** Jetty takes its limits from its own configuration, not from the standard container's. */
	private static JettyRequestUpgradeStrategy jettyWithLimit(DataSize maxMessage) {
		JettyRequestUpgradeStrategy strategy = new JettyRequestUpgradeStrategy();
		strategy.addWebSocketConfigurer((configurable) -> {
			configurable.setMaxTextMessageSize(maxMessage.toBytes());
			configurable.setMaxBinaryMessageSize(maxMessage.toBytes());
			configurable.setMaxFrameSize(maxMessage.toBytes());
		});
		return strategy;
	}

	@Bean
	@ConditionalOnProperty("bench.max-message")
	ServletServerContainerFactoryBean rawContainerLimits(@Value("${bench.max-message}") DataSize maxMessage) {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize((int) maxMessage.toBytes());
		container.setMaxBinaryMessageBufferSize((int) maxMessage.toBytes());
		return container;
	}

	/** Sends every message back. */
	static final class RawEcho extends AbstractWebSocketHandler {

		@Override
		protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
			session.sendMessage(message);
		}

		@Override
		protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) throws Exception {
			session.sendMessage(message);
		}

	}

}
