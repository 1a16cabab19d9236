/**
 * Cluster mode: broadcasts of one instance reach the connections of the others through Redis
 * pub/sub. {@code ClusterMessageCodec} writes a broadcast (sender, selector, payload) as bytes, the
 * {@code RedisPublisher} sends them in order without ever making a broadcast wait, and the
 * {@code RedisSubscriber} delivers what the other instances sent to this one's connections.
 */
@NullMarked
package io.wsboot.websocket.cluster;

import org.jspecify.annotations.NullMarked;
