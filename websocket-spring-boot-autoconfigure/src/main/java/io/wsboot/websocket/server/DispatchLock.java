package io.wsboot.websocket.server;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Held while a service method of one connection runs, so that the connection's methods never
 * overlap; for that time, the connection's user is the current user of the thread (see
 * {@link ThreadBinding}). Reentrant: a method that triggers another of the same connection on its
 * thread binds the user once.
 */
final class DispatchLock {

	private final ReentrantLock lock = new ReentrantLock();

	/** Binds the connection's user to the thread; NONE when there is no user. Set once, before use. */
	private ThreadBinding userBinding = ThreadBinding.NONE;

	void bindUser(ThreadBinding binding) {
		this.userBinding = binding;
	}

	/** Called before a service method runs; waits for any other of the connection to end. */
	void enter() {
		this.lock.lock();
		ThreadBinding binding = this.userBinding;
		if (binding != ThreadBinding.NONE && this.lock.getHoldCount() == 1) {
			binding.bind();
		}
	}

	/** Called once a service method has returned. */
	void exit() {
		ThreadBinding binding = this.userBinding;
		if (binding != ThreadBinding.NONE && this.lock.getHoldCount() == 1) {
			binding.unbind();
		}
		this.lock.unlock();
	}

	/**
	 * Whether the calling thread runs one of the connection's service methods.
	 * @return whether this thread holds the lock
	 */
	boolean isHeldByCurrentThread() {
		return this.lock.isHeldByCurrentThread();
	}

}
