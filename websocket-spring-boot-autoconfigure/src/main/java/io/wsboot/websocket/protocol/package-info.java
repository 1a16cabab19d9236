/**
 * WebSocket protocol rules shared by server and client, with no I/O: UTF-8 lengths, control-frame
 * payloads, fragmentation of outgoing text, close codes, reasons and errors.
 */
@NullMarked
package io.wsboot.websocket.protocol;

import org.jspecify.annotations.NullMarked;
