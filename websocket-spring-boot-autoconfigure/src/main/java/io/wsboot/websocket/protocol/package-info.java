/**
 * WebSocket protocol rules shared by server and client, with no I/O: UTF-8 lengths, control-frame
 * payloads, fragmentation of outgoing messages, close codes, reasons and the reference module's
 * error texts.
 */
@NullMarked
package io.wsboot.websocket.protocol;

import org.jspecify.annotations.NullMarked;
