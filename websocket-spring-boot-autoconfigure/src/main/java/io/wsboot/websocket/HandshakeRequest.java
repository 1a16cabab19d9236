package io.wsboot.websocket;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The HTTP request that asks for a WebSocket upgrade, as seen by
 * {@link UpgradeService#get(HandshakeRequest)}. Valid only during that call.
 */
public interface HandshakeRequest {

	/**
	 * The request path, without query string.
	 * @return the path
	 */
	String path();

	/**
	 * A variable of the endpoint's path template, such as {@code room} in {@code /chat/{room}}.
	 * @param name the variable name
	 * @return its value, or {@code null} when the template has no such variable
	 */
	@Nullable String pathVariable(String name);

	/**
	 * All variables of the endpoint's path template, in the template's order.
	 * @return an immutable map, empty when the path has none
	 */
	Map<String, String> pathVariables();

	/**
	 * The first value of a query parameter, decoded.
	 * @param name the parameter name
	 * @return its value, or {@code null} when absent
	 */
	@Nullable String queryParam(String name);

	/**
	 * All query parameters, decoded.
	 * @return an immutable map from name to values, never {@code null}
	 */
	Map<String, List<String>> queryParams();

	/**
	 * The first value of a header; the name is case-insensitive.
	 * @param name the header name
	 * @return its value, or {@code null} when absent
	 */
	@Nullable String header(String name);

	/**
	 * All headers.
	 * @return an immutable, case-insensitive map from name to values, never {@code null}
	 */
	Map<String, List<String>> headers();

	/**
	 * The {@code Origin} header, which browsers always send.
	 * @return the origin, or {@code null} when absent
	 */
	@Nullable String origin();

	/**
	 * The authenticated user of the request.
	 * @return the principal, or {@code null} when not authenticated
	 */
	@Nullable Principal principal();

	/**
	 * The address of the client.
	 * @return the remote address, or {@code null} when unknown
	 */
	@Nullable InetSocketAddress remoteAddress();

	/**
	 * The sub-protocols the client asked for, in its order.
	 * @return an immutable list, empty when none
	 */
	List<String> requestedSubProtocols();

	/**
	 * Adds a header to the {@code 101 Switching Protocols} response.
	 * @param name the header name
	 * @param value the header value
	 */
	void addResponseHeader(String name, String value);

}
