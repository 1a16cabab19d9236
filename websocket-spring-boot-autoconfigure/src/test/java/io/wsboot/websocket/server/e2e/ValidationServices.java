package io.wsboot.websocket.server.e2e;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Services whose message type carries Bean Validation constraints.
 */
final class ValidationServices {

	private ValidationServices() {
	}

	record CheckedOrder(@NotBlank String item, @Positive int quantity) {
	}

	@WebSocketService("/ws/validated")
	static class Validated implements Service {

		public String onMessage(CheckedOrder order) {
			return "ok " + order.item();
		}

	}

	@WebSocketService("/ws/validated/on-error")
	static class ValidatedWithOnError implements Service {

		public String onTextMessage(CheckedOrder order) {
			return "ok " + order.item();
		}

		public void onTextMessageError(Caller caller, WebSocketException error) {
			caller.writeTextMessage("onTextMessageError must not see validation failures");
		}

		public void onError(Caller caller, WebSocketException error) {
			caller.writeTextMessage(error.getClass().getSimpleName() + ": " + error.getMessage());
		}

	}

	@WebSocketService(path = "/ws/validated/off", validation = false)
	static class NotValidated implements Service {

		public String onMessage(CheckedOrder order) {
			return "ok " + order.item();
		}

	}

}
