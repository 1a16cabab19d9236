package io.wsboot.bench.server;

import java.util.Map;

import reactor.netty.http.server.WebsocketServerSpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.support.WebSocketHandlerAdapter;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;

/**
 * The raw Spring WebFlux echo on Reactor Netty: a {@link WebSocketHandler} at {@code /raw} that
 * sends each message back, with Reactor Netty's default frame limit unless {@code bench.max-message}
 * is set (large-message runs need it), and permessage-deflate switched on (Reactor Netty's default
 * is off) so that the compression runs compare like with like.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.REACTIVE)
class RawReactiveEchoConfiguration {

	@Bean
	SimpleUrlHandlerMapping rawEchoMapping() {
		WebSocketHandler echo = (session) -> session.send(session.receive().map(WebSocketMessage::retain));
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/raw", echo));
		mapping.setOrder(0);
		return mapping;
	}

	@Bean
	WebSocketHandlerAdapter rawEchoHandlerAdapter(@Value("${bench.max-message:64KB}") DataSize maxFrame) {
		ReactorNettyRequestUpgradeStrategy strategy = new ReactorNettyRequestUpgradeStrategy(
				() -> WebsocketServerSpec.builder().maxFramePayloadLength((int) maxFrame.toBytes()).compress(true));
		WebSocketHandlerAdapter adapter = new WebSocketHandlerAdapter(new HandshakeWebSocketService(strategy));
		adapter.setOrder(0);
		return adapter;
	}

}
