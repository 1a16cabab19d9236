/**
 * The public API of wsboot: what applications implement, annotate, call and catch.
 */
@NullMarked
package io.wsboot.websocket;

import org.jspecify.annotations.NullMarked;
