package io.wsboot.sample.orders;

import java.util.concurrent.atomic.AtomicLong;

import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketService;

/**
 * Takes JSON orders and answers each with an acknowledgement; one instance for all connections.
 * An order that is not JSON of the right shape closes the connection with 1003
 * ({@code "data binding failed: ..."}), one that breaks a constraint with 1003
 * ({@code "data validation failed: ..."}): there is no {@code onError}.
 */
@WebSocketService("/ws/orders")
public class OrdersService implements Service {

	private final AtomicLong orders = new AtomicLong();

	public OrderAck onMessage(Order order) {
		return new OrderAck(this.orders.incrementAndGet(), order.item(), order.quantity(), "accepted");
	}

}
