package io.wsboot.sample.client;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/echo}: what was sent, what came back, and the payload of the pong
 * that answered the heartbeat ping ({@code null} when none came in time).
 */
record EchoResult(String sent, String received, @Nullable String pong) {
}
