package io.wsboot.websocket.server.security;

import java.security.Principal;

import io.wsboot.websocket.Authenticated;
import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketService;
import io.wsboot.websocket.testing.ServiceEvents;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Endpoints with each kind of {@code @Authenticated}, whose services tell who they run for: the
 * handshake's principal in a response header, and in each reply the {@code Caller}'s principal and
 * the security context's user of the thread the method runs on.
 */
final class SecuredServices {

	private SecuredServices() {
	}

	@WebSocketService("/ws/open")
	static class Open extends WhoAmIUpgrade {

		Open(ServiceEvents events) {
			super(events);
		}

	}

	@WebSocketService("/ws/authenticated")
	@Authenticated
	static class AnyUser extends WhoAmIUpgrade {

		AnyUser(ServiceEvents events) {
			super(events);
		}

	}

	@WebSocketService(path = "/ws/write", subProtocols = "chat")
	@Authenticated(scopes = "write")
	static class Writers extends WhoAmIUpgrade {

		Writers(ServiceEvents events) {
			super(events);
		}

	}

	@WebSocketService("/ws/admin")
	@Authenticated(authorities = "ROLE_ADMIN")
	static class Admins extends WhoAmIUpgrade {

		Admins(ServiceEvents events) {
			super(events);
		}

	}

	abstract static class WhoAmIUpgrade implements UpgradeService {

		private final ServiceEvents events;

		WhoAmIUpgrade(ServiceEvents events) {
			this.events = events;
		}

		@Override
		public WhoAmI get(HandshakeRequest request) {
			this.events.record("upgrade", nameOf(request.principal()));
			request.addResponseHeader("X-Principal", nameOf(request.principal()));
			return new WhoAmI(this.events);
		}

	}

	/** Answers every message with {@code <caller's principal>|<security context's user>}. */
	static class WhoAmI implements Service {

		private final ServiceEvents events;

		WhoAmI(ServiceEvents events) {
			this.events = events;
		}

		public String onTextMessage(Caller caller, String text) {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			return nameOf(caller.principal()) + "|" + nameOf(current);
		}

		public void onClose(Caller caller, int status, String reason) {
			this.events.record("close", nameOf(caller.principal()) + " " + status + " " + reason);
		}

	}

	static String nameOf(@Nullable Principal principal) {
		return (principal != null) ? principal.getName() : "none";
	}

}
