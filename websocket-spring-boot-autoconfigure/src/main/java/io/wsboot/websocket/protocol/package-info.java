/**
 * WebSocket protocol rules shared by server and client: close codes and reasons, with no I/O.
 */
@NullMarked
package io.wsboot.websocket.protocol;

import org.jspecify.annotations.NullMarked;
