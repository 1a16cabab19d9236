/**
 * Test fixtures shared by the server and client tests: certificates, raw HTTP heads and bound messages.
 */
@NullMarked
package io.wsboot.websocket.testing;

import org.jspecify.annotations.NullMarked;
