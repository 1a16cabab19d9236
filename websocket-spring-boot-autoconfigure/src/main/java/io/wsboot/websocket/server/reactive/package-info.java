/**
 * The reactive transport: Spring WebFlux on Reactor Netty, adapted to the dispatch core. A
 * connection's frames are handed to its service methods in order, on worker threads, or on its
 * event loop for {@code @NonBlocking} services. wsboot's handlers in each connection's pipeline
 * check what Reactor Netty leaves unchecked, inflate compressed messages, and have violations
 * answered after the frames before them.
 */
@NullMarked
package io.wsboot.websocket.server.reactive;

import org.jspecify.annotations.NullMarked;
