package io.wsboot.sample.orders;

/**
 * The answer to an {@link Order}.
 *
 * @param orderId the order's number
 * @param item what was ordered
 * @param quantity how many
 * @param status {@code accepted}
 */
public record OrderAck(long orderId, String item, int quantity, String status) {

}
