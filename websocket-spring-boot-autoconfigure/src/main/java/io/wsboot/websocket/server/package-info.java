/**
 * The server runtime, free of any transport. Per connection: a {@link
 * io.wsboot.websocket.server.Transport} from an adapter sub-package; {@code ServerCaller}, the
 * {@code Caller}, which writes and closes through its {@code ServerWriter}: when and on which
 * thread a message goes out (over the shared {@code OutboundWriter}, which holds the lock and the
 * error mapping), the {@code CloseHandshake} over the shared {@code CloseState}, and the bounded
 * {@code SendBuffer} that writes from other threads wait in, so that no writer waits for a slow
 * peer; {@code KeepAlive} pings peers that went quiet; {@code ServiceDispatcher}, which routes each
 * event to the service ({@code MessageBinding} binds; {@code ServiceCalls} calls one method at a
 * time under the {@code DispatchLock}, and {@code ReturnValues} sends what it returns) and leaves
 * every failure to {@code Failures}, the one path that closes with the status a failure calls for
 * and tells {@code onError}. What the caller shares with the client's connection is in {@code
 * io.wsboot.websocket.connection}. Around them: service analysis ({@code ServiceInspector}),
 * endpoints and handshake decisions, and the timers, whose clock tests can drive. Each endpoint's
 * {@code ConnectionGate} admits handshakes up to its connection cap; the {@link
 * io.wsboot.websocket.server.ConnectionRegistry} is the one list of open connections, which the
 * {@link io.wsboot.websocket.server.ServerShutdown} reads to close every connection with 1001 when
 * the application stops; {@code ConnectionEnd} reports each connection's end once. For monitoring:
 * the {@link io.wsboot.websocket.server.MappedEndpoints} and their engine, each connection's {@code
 * ConnectionStats} (seen as an {@link io.wsboot.websocket.server.OpenConnection}), and a {@link
 * io.wsboot.websocket.server.EndpointObserver} around every handshake decision.
 */
@NullMarked
package io.wsboot.websocket.server;

import org.jspecify.annotations.NullMarked;
