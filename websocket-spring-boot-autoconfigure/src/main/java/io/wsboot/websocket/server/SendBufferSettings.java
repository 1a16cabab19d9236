package io.wsboot.websocket.server;

import io.wsboot.websocket.SendBufferOverflow;

/**
 * How much may wait to be sent to one peer, and what happens beyond it.
 *
 * @param limit the most bytes of messages that may wait; a message is always taken when nothing
 * waits, however large
 * @param overflow what happens to a message that does not fit
 */
public record SendBufferSettings(long limit, SendBufferOverflow overflow) {

}
