/**
 * What server and client connections share beyond the protocol rules, with no I/O and no engine:
 * {@link io.wsboot.websocket.connection.ConnectionBase} keeps the attributes of a connection,
 * chooses between text, binary and JSON for {@code writeMessage(Object)}, and checks the arguments
 * of a close; {@link io.wsboot.websocket.connection.CloseState} is the close state, changed by
 * compare-and-set, with the one rule for the error of a write that finds the connection not open;
 * {@link io.wsboot.websocket.connection.OutboundWriter} writes one message at a time under one
 * lock to the target a side gives, retries once where the side asks, and maps failed writes.
 */
@NullMarked
package io.wsboot.websocket.connection;

import org.jspecify.annotations.NullMarked;
