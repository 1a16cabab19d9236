/**
 * What server and client connections share beyond the protocol rules, with no I/O and no engine:
 * {@link io.wsboot.websocket.connection.AttributedConnection}, the attributes every connection keeps.
 */
@NullMarked
package io.wsboot.websocket.connection;

import org.jspecify.annotations.NullMarked;
