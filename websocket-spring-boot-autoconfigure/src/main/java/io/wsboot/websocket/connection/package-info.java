/**
 * What server and client connections share beyond the protocol rules, with no I/O and no engine:
 * {@link io.wsboot.websocket.connection.ConnectionBase} keeps the attributes of a connection,
 * chooses between text, binary and JSON for {@code writeMessage(Object)}, and checks the arguments
 * of a close.
 */
@NullMarked
package io.wsboot.websocket.connection;

import org.jspecify.annotations.NullMarked;
