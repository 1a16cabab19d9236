package io.wsboot.websocket.client;

/**
 * A message bound in the client tests.
 */
record Order(String item, int quantity) {

}
