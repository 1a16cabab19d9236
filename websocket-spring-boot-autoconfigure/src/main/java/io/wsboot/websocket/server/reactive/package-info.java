/**
 * The reactive transport: Spring WebFlux on Reactor Netty, adapted to the dispatch core. Service
 * methods run on worker threads, never on Netty's event loop.
 */
@NullMarked
package io.wsboot.websocket.server.reactive;

import org.jspecify.annotations.NullMarked;
