package io.wsboot.bench.load;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateClientExtensionHandshaker;
import io.netty.util.concurrent.EventExecutor;

/**
 * Opens WebSocket client connections on one event-loop group (epoll when available, else NIO), with at most
 * {@value #MAX_PENDING_HANDSHAKES} handshakes pending at a time. The pipeline is Netty's HTTP client codec, the
 * permessage-deflate extension (and no other) when asked for, {@link WebSocketClientProtocolHandler} (close
 * frames passed on; UTF-8 not validated since every echo is compared byte for byte), a frame aggregator and the
 * connection's {@link ClientHandler}, which may add a query to the URL and set its socket's receive buffer.
 * Above {@value #SPREAD_ABOVE} connections to a loopback address, the connections are bound to 127.0.0.2,
 * 127.0.0.3, … in turn, {@value #PER_SOURCE_ADDRESS} each, so the ephemeral ports last.
 */
final class Connector implements AutoCloseable {

	static final int MAX_PENDING_HANDSHAKES = 500;

	private static final int SPREAD_ABOVE = 28_000;

	private static final int PER_SOURCE_ADDRESS = 20_000;

	private static final int TIMEOUT_MILLIS = 10_000;

	private static final int HANDSHAKE_RESPONSE_LIMIT = 65_536;

	private final LoadOptions options;

	private final EventLoopGroup group;

	private final String transport;

	private final Bootstrap bootstrap;

	private final WebSocketClientProtocolConfig protocol;

	private final PerMessageDeflateClientExtensionHandshaker compression;

	private final boolean spread;

	Connector(LoadOptions options) throws LoadFailure {
		InetSocketAddress remote = remote(options.url());
		this.options = options;
		Transport transport = Transport.detect();
		this.transport = transport.name() + " with " + options.threads() + " event-loop thread(s)";
		this.group = new MultiThreadIoEventLoopGroup(options.threads(), transport.factory());
		this.bootstrap = new Bootstrap().group(this.group)
			.channel(transport.channelType())
			.option(ChannelOption.TCP_NODELAY, true)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, TIMEOUT_MILLIS)
			.remoteAddress(remote);
		this.protocol = WebSocketClientProtocolConfig.newBuilder()
			.webSocketUri(options.url())
			.version(WebSocketVersion.V13)
			.allowExtensions(options.compression())
			.maxFramePayloadLength(options.incomingLimit())
			.handleCloseFrames(false)
			.sendCloseFrame(null)
			.handshakeTimeoutMillis(TIMEOUT_MILLIS)
			.generateOriginHeader(false)
			.withUTF8Validator(false)
			.build();
		this.compression = options.compression()
				? new PerMessageDeflateClientExtensionHandshaker(options.incomingLimit()) : null;
		this.spread = options.connections() > SPREAD_ABOVE && remote.getAddress() instanceof Inet4Address
				&& remote.getAddress().isLoopbackAddress();
	}

	/**
	 * The transport and thread count, for the log.
	 */
	String transport() {
		return this.transport;
	}

	/**
	 * The event loops that run the connections.
	 */
	Iterable<EventExecutor> eventLoops() {
		return this.group;
	}

	/**
	 * Opens a connection for each handler and waits until every handshake has succeeded or failed.
	 * @param handlers one per connection
	 * @throws InterruptedException if interrupted
	 * @throws LoadFailure when a handler's query does not make a valid URL
	 */
	void connectAll(List<? extends ClientHandler> handlers) throws InterruptedException, LoadFailure {
		Semaphore pending = new Semaphore(MAX_PENDING_HANDSHAKES);
		for (int i = 0; i < handlers.size(); i++) {
			ClientHandler handler = handlers.get(i);
			pending.acquire();
			handler.handshake().whenComplete((channel, failure) -> pending.release());
			Bootstrap connection = this.bootstrap.clone().handler(initializer(handler, protocol(handler)));
			if (handler.reader()) {
				connection.remoteAddress(remote(this.options.readerUrl()));
			}
			if (handler.receiveBufferSize() > 0) {
				connection.option(ChannelOption.SO_RCVBUF, handler.receiveBufferSize());
			}
			if (this.spread) {
				connection.localAddress(new InetSocketAddress("127.0.0." + (2 + i / PER_SOURCE_ADDRESS), 0));
			}
			connection.connect().addListener((future) -> {
				if (!future.isSuccess()) {
					handler.connectFailed(future.cause());
				}
			});
		}
		pending.acquire(MAX_PENDING_HANDSHAKES);
	}

	@Override
	public void close() {
		this.group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
	}

	/**
	 * Fails unless every handshake succeeded and, when compression was asked for, the server agreed to it on every
	 * connection.
	 * @param handlers the handlers, once {@link #connectAll(List)} has returned
	 * @throws LoadFailure naming how many failed and the first reason
	 */
	void checkHandshakes(List<? extends ClientHandler> handlers) throws LoadFailure {
		int failed = 0;
		int uncompressed = 0;
		String first = null;
		for (ClientHandler handler : handlers) {
			String failure = handler.handshakeFailure();
			if (failure != null) {
				failed++;
				first = (first != null) ? first : failure;
			}
			else if (!handler.compressed()) {
				uncompressed++;
			}
		}
		if (failed > 0) {
			throw new LoadFailure(
					"the handshake failed on " + failed + " of " + handlers.size() + " connection(s): " + first);
		}
		if (this.options.compression() && uncompressed > 0) {
			throw new LoadFailure("the server declined permessage-deflate on " + uncompressed + " of "
					+ handlers.size() + " connection(s)");
		}
	}

	private WebSocketClientProtocolConfig protocol(ClientHandler handler) throws LoadFailure {
		String query = handler.query();
		if (query == null) {
			return this.protocol;
		}
		URI url = handler.reader() ? this.options.readerUrl() : this.options.url();
		try {
			return this.protocol.toBuilder()
				.webSocketUri(new URI(url.getScheme(), url.getAuthority(), url.getPath(), query, null))
				.build();
		}
		catch (URISyntaxException ex) {
			throw new LoadFailure("cannot add the query " + query + " to " + url + ": " + ex.getMessage());
		}
	}

	private ChannelInitializer<Channel> initializer(ClientHandler handler, WebSocketClientProtocolConfig protocol) {
		return new ChannelInitializer<>() {

			@Override
			protected void initChannel(Channel channel) {
				ChannelPipeline pipeline = channel.pipeline();
				pipeline.addLast(new HttpClientCodec(), new HttpObjectAggregator(HANDSHAKE_RESPONSE_LIMIT));
				if (Connector.this.compression != null) {
					pipeline.addLast(new WebSocketClientExtensionHandler(Connector.this.compression));
				}
				pipeline.addLast(new WebSocketClientProtocolHandler(protocol),
						new WebSocketFrameAggregator(Connector.this.options.incomingLimit()), handler);
			}

		};
	}

	/**
	 * The I/O transport: epoll when its classes and native library are present, else NIO. The epoll classes are
	 * looked up by name because the build has them on the run-time class path only.
	 */
	private record Transport(String name, IoHandlerFactory factory, Class<? extends Channel> channelType) {

		private static final String EPOLL = "io.netty.channel.epoll.";

		static Transport detect() {
			try {
				if ((Boolean) Class.forName(EPOLL + "Epoll").getMethod("isAvailable").invoke(null)) {
					Object factory = Class.forName(EPOLL + "EpollIoHandler").getMethod("newFactory").invoke(null);
					return new Transport("epoll", (IoHandlerFactory) factory,
							Class.forName(EPOLL + "EpollSocketChannel").asSubclass(Channel.class));
				}
			}
			catch (ReflectiveOperationException ex) {
				// no epoll classes: NIO
			}
			return new Transport("nio", NioIoHandler.newFactory(), NioSocketChannel.class);
		}

	}

	private static InetSocketAddress remote(URI url) throws LoadFailure {
		try {
			int port = (url.getPort() != -1) ? url.getPort() : 80;
			return new InetSocketAddress(InetAddress.getByName(url.getHost()), port);
		}
		catch (UnknownHostException ex) {
			throw new LoadFailure("unknown host " + url.getHost());
		}
	}

}
