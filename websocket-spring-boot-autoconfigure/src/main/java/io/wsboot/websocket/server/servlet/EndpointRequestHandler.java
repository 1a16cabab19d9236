package io.wsboot.websocket.server.servlet;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Spring's upgrade request handler with a compression switch. Turning permessage-deflate off
 * through Spring's extension filter has no effect on Tomcat, which reads the offered extensions
 * from the raw request; hiding {@code Sec-WebSocket-Extensions} from the container does.
 */
final class EndpointRequestHandler extends WebSocketHttpRequestHandler {

	private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

	private final boolean compressionEnabled;

	EndpointRequestHandler(WebSocketHandler handler, HandshakeHandler handshakeHandler, boolean compressionEnabled) {
		super(handler, handshakeHandler);
		this.compressionEnabled = compressionEnabled;
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		super.handleRequest(this.compressionEnabled ? request : new WithoutExtensions(request), response);
	}

	/** A request whose client offered no extensions. */
	private static final class WithoutExtensions extends HttpServletRequestWrapper {

		WithoutExtensions(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter((name) -> !EXTENSIONS.equalsIgnoreCase(name))
				.toList());
		}

	}

}
