/**
 * Spring Boot auto-configuration of wsboot and its {@code websocket.*} properties.
 */
@NullMarked
package io.wsboot.websocket.autoconfigure;

import org.jspecify.annotations.NullMarked;
