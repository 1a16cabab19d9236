/**
 * The server runtime, free of any transport: service analysis, handshake decisions, per-connection
 * dispatch, writes and close rules. Transports adapt to it in sub-packages.
 */
@NullMarked
package io.wsboot.websocket.server;

import org.jspecify.annotations.NullMarked;
