/**
 * Conversion of message payloads to and from Java types, shared by server and client.
 */
@NullMarked
package io.wsboot.websocket.binding;

import org.jspecify.annotations.NullMarked;
