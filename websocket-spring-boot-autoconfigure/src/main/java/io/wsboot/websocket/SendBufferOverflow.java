package io.wsboot.websocket;

/**
 * What happens when a message does not fit in a server connection's send buffer, because its peer
 * reads more slowly than the application writes: the {@code websocket.server.send-buffer-overflow}
 * property, or {@link WebSocketService#sendBufferOverflow()} for one endpoint.
 */
public enum SendBufferOverflow {

	/**
	 * The write throws {@link SendBufferOverflowException}, what was waiting is discarded, and the
	 * connection is closed with 1008 {@code "Send buffer full"}; {@code onError} is told. For peers
	 * that must receive every message or none.
	 */
	CLOSE,

	/**
	 * The oldest waiting messages are discarded until the new one fits, and the connection stays
	 * open. For feeds where only the latest values matter, such as prices or positions.
	 */
	DROP_OLDEST

}
