package io.wsboot.bench.server;

import io.netty.channel.ChannelOption;
import org.eclipse.jetty.server.ServerConnector;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The kernel's send buffer ({@code SO_SNDBUF}) of every accepted connection, on whichever engine
 * runs, when {@code bench.socket-send-buffer} is set. Left alone, Linux grows a connection's send
 * buffer up to {@code net.ipv4.tcp_wmem}'s maximum (4 MiB here), so a peer that stops reading
 * backs up the server's writes only after that much; the fan-out run sets a small buffer so that a
 * stalled peer is felt within seconds, as on a slow network.
 *
 * <p>The nested configurations are found by component scanning on their own, so each carries the
 * property condition itself rather than inheriting it from an enclosing configuration.
 */
final class SocketSendBufferConfiguration {

	static final String PROPERTY = "bench.socket-send-buffer";

	private SocketSendBufferConfiguration() {
	}

	/** Tomcat: the connector's {@code socket.txBufSize}. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(PROPERTY)
	@ConditionalOnClass(TomcatConnectorCustomizer.class)
	static class Tomcat {

		@Bean
		TomcatConnectorCustomizer socketSendBuffer(@Value("${" + PROPERTY + "}") DataSize size) {
			return (connector) -> connector.setProperty("socket.txBufSize", String.valueOf(size.toBytes()));
		}

	}

	/** Jetty 12: each {@link ServerConnector}'s accepted send buffer size. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(PROPERTY)
	@ConditionalOnClass(JettyServerCustomizer.class)
	static class Jetty {

		@Bean
		JettyServerCustomizer socketSendBuffer(@Value("${" + PROPERTY + "}") DataSize size) {
			return (server) -> {
				for (org.eclipse.jetty.server.Connector connector : server.getConnectors()) {
					if (connector instanceof ServerConnector serverConnector) {
						serverConnector.setAcceptedSendBufferSize((int) size.toBytes());
					}
				}
			};
		}

	}

	/** Reactor Netty: the child channels' {@code SO_SNDBUF}. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(PROPERTY)
	@ConditionalOnClass(NettyServerCustomizer.class)
	static class ReactorNetty {

		@Bean
		NettyServerCustomizer socketSendBuffer(@Value("${" + PROPERTY + "}") DataSize size) {
			return (server) -> server.childOption(ChannelOption.SO_SNDBUF, (int) size.toBytes());
		}

	}

}
