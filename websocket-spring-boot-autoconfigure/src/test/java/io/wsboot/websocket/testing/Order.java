package io.wsboot.websocket.testing;

/**
 * A message that the server and client tests bind from and to JSON.
 * @param item what is ordered
 * @param quantity how many
 */
public record Order(String item, int quantity) {

}
