package io.wsboot.websocket.security;

import io.wsboot.websocket.server.ThreadBinding;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One connection's {@link Authentication} in the {@link SecurityContextHolder} while its service
 * methods run: the context is made once, and the thread's own context comes back afterwards (none,
 * when it had none). Used under the connection's dispatch lock, one thread at a time.
 */
final class SecurityContextBinding implements ThreadBinding {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContext context;

	/** The context of the thread bound now, or null when it had none with a user. */
	private @Nullable SecurityContext previous;

	SecurityContextBinding(Authentication authentication) {
		this.context = this.holder.createEmptyContext();
		this.context.setAuthentication(authentication);
	}

	@Override
	public void bind() {
		SecurityContext own = this.holder.getContext();
		this.previous = (own.getAuthentication() != null) ? own : null;
		this.holder.setContext(this.context);
	}

	@Override
	public void unbind() {
		SecurityContext own = this.previous;
		this.previous = null;
		if (own != null) {
			this.holder.setContext(own);
		}
		else {
			this.holder.clearContext();
		}
	}

}
