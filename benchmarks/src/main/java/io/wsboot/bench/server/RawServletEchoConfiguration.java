package io.wsboot.bench.server;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * The raw Spring echo on a servlet container: an {@link AbstractWebSocketHandler} at {@code /raw},
 * as the Spring reference documentation shows it. Message buffers keep the container's defaults
 * unless {@code bench.max-message} is set (large-message runs need it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class RawServletEchoConfiguration {

	@Bean
	SimpleUrlHandlerMapping rawEchoMapping() {
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(
				Map.of("/raw", new WebSocketHttpRequestHandler(new RawEcho())));
		mapping.setOrder(0);
		return mapping;
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
