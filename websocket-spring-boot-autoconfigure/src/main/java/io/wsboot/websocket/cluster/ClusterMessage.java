package io.wsboot.websocket.cluster;

import io.wsboot.websocket.server.ConnectionSelector;

/**
 * One broadcast as it travels between instances.
 * @param sender the id of the instance that sent it, which ignores its own echo
 * @param selector which connections take it
 * @param payload a {@code String} (text, JSON already written) or a {@code byte[]}
 */
public record ClusterMessage(String sender, ConnectionSelector selector, Object payload) {
}
