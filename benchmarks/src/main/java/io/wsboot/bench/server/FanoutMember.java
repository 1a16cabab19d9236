package io.wsboot.bench.server;

import io.wsboot.websocket.OpenConnections;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;

/**
 * One connection of a fan-out room, as a chat room has it: every text message it sends goes to the
 * whole room, itself included, through {@link OpenConnections#broadcast(Object, java.util.Collection)}.
 * When the connection ends or fails it prints a line for the benchmark's runner, which reads them
 * from the server's log: {@code FANOUT-CLOSE peer=… at_ms=… code=… reason=…} and
 * {@code FANOUT-ERROR peer=… at_ms=… error=…}, {@code at_ms} being the wall clock in milliseconds.
 */
public class FanoutMember implements Service {

	private final OpenConnections connections;

	private final String room;

	private final String peer;

	FanoutMember(OpenConnections connections, String room, String peer) {
		this.connections = connections;
		this.room = room;
		this.peer = peer;
	}

	public void onTextMessage(String text) {
		this.connections.broadcast(text, this.connections.withPathVariable("room", this.room));
	}

	public void onClose(int statusCode, String reason) {
		System.out.println("FANOUT-CLOSE peer=" + this.peer + " at_ms=" + System.currentTimeMillis() + " code="
				+ statusCode + " reason=" + reason);
	}

	public void onError(WebSocketException error) {
		System.out.println("FANOUT-ERROR peer=" + this.peer + " at_ms=" + System.currentTimeMillis() + " error="
				+ error.getClass().getSimpleName() + ": " + error.getMessage());
	}

}
