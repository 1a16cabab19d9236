/**
 * Spring Security for WebSocket endpoints: how the server learns a handshake's user, its
 * authorities and its token's expiry from Spring Security, and how a browser's bearer token offered
 * as a sub-protocol reaches Spring Security's resource server.
 */
@NullMarked
package io.wsboot.websocket.security;

import org.jspecify.annotations.NullMarked;
