package io.wsboot.websocket.server.reactive;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import io.wsboot.websocket.server.ConnectionIds;
import io.wsboot.websocket.server.ServiceDispatcher;
import io.wsboot.websocket.server.SubProtocols;
import io.wsboot.websocket.server.UpgradeDecision;
import io.wsboot.websocket.server.WebSocketEndpoint;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebHandler;

/**
 * Upgrades the requests of one endpoint on Reactor Netty: checks the origin, asks the endpoint's
 * {@code UpgradeService} on a worker thread, then answers with the refusal or upgrades with Reactor
 * Netty's own WebSocket support, which passes pings and frames on.
 */
final class ReactiveEndpointHandler implements WebHandler {

	private final WebSocketEndpoint endpoint;

	private final OriginPolicy origins;

	private final boolean compressionEnabled;

	private final Scheduler workers;

	ReactiveEndpointHandler(WebSocketEndpoint endpoint, OriginPolicy origins, boolean compressionEnabled,
			Scheduler workers) {
		this.endpoint = endpoint;
		this.origins = origins;
		this.compressionEnabled = compressionEnabled;
		this.workers = workers;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		if (!HttpMethod.GET.equals(request.getMethod())
				|| !"websocket".equalsIgnoreCase(request.getHeaders().getUpgrade())) {
			return refuse(exchange.getResponse(), 400, "Can \"Upgrade\" only to \"WebSocket\".");
		}
		if (!this.origins.allows(request)) {
			return refuse(exchange.getResponse(), 403, "");
		}
		return exchange.getPrincipal()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((principal) -> decide(exchange, principal.orElse(null)));
	}

	private Mono<Void> decide(ServerWebExchange exchange, Principal principal) {
		ReactiveHandshakeRequest handshake = new ReactiveHandshakeRequest(exchange,
				this.endpoint.authenticated(principal));
		Mono<UpgradeDecision> deciding = Mono.fromCallable(() -> this.endpoint.upgrade(handshake));
		return (nonBlocking() ? deciding : deciding.subscribeOn(this.workers))
			.flatMap((decision) -> (decision instanceof UpgradeDecision.Accepted accepted)
					? upgrade(exchange, handshake, accepted)
					: refuse(exchange.getResponse(), ((UpgradeDecision.Refused) decision).status(),
							((UpgradeDecision.Refused) decision).body()));
	}

	private Mono<Void> upgrade(ServerWebExchange exchange, ReactiveHandshakeRequest handshake,
			UpgradeDecision.Accepted accepted) {
		ServerHttpResponse response = exchange.getResponse();
		response.getHeaders().addAll(handshake.responseHeaders());
		HttpServerResponse nativeResponse = ServerHttpResponseDecorator.getNativeResponse(response);
		boolean secure = exchange.getRequest().getSslInfo() != null;
		String id = ConnectionIds.next();
		return response.setComplete()
			.then(Mono.defer(() -> nativeResponse.sendWebsocket((inbound, outbound) -> {
				ReactorNettyTransport transport = new ReactorNettyTransport(inbound, outbound, id, secure,
						this.endpoint.settings());
				ServiceDispatcher handler = this.endpoint.connect(accepted, transport);
				return transport.run(handler,
						nonBlocking() ? new InlineExecutor() : new SerialExecutor(this.workers));
			}, spec(handshake.requestedSubProtocols()))).subscribeOn(eventLoopOf(nativeResponse)))
			.doFinally((signal) -> this.endpoint.abandon(accepted));
	}

	/**
	 * The channel's event loop, where the handshake must start: Reactor Netty hands the channel to
	 * the WebSocket in a listener on the handshake's write, and a listener added from another thread
	 * after the write completed runs only in a later event-loop task. A frame the client sends as
	 * soon as it has the 101 could be read before that, by the finished HTTP exchange, which drops it.
	 */
	private static Scheduler eventLoopOf(HttpServerResponse response) {
		return Schedulers.fromExecutor(((Connection) response).channel().eventLoop());
	}

	private boolean nonBlocking() {
		return this.endpoint.settings().nonBlocking();
	}

	/**
	 * The handshake's spec, with the one sub-protocol agreed ({@link SubProtocols}). Reactor Netty never starts the handler of a connection whose spec lists
	 * protocols when none was agreed, so the choice is made here.
	 */
	private WebsocketServerSpec spec(List<String> requestedSubProtocols) {
		WebsocketServerSpec.Builder spec = WebsocketServerSpec.builder()
			.handlePing(true)
			.compress(this.compressionEnabled)
			.maxFramePayloadLength(this.endpoint.settings().maxFrameSize());
		String protocol = SubProtocols.select(requestedSubProtocols, this.endpoint.settings().subProtocols());
		if (protocol != null) {
			spec.protocols(protocol);
		}
		return spec.build();
	}

	private static Mono<Void> refuse(ServerHttpResponse response, int status, String body) {
		response.setStatusCode(HttpStatusCode.valueOf(status));
		if (body.isEmpty()) {
			return response.setComplete();
		}
		response.getHeaders().setContentType(MediaType.TEXT_PLAIN);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
	}

}
