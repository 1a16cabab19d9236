package io.wsboot.websocket.server;

/**
 * Makes one connection's user the current user of the thread a service method runs on, and gives
 * the thread back its own afterwards. Prepared once per connection; used under the connection's
 * dispatch lock, so one thread at a time.
 */
public interface ThreadBinding {

	/** Binds nothing. */
	ThreadBinding NONE = new ThreadBinding() {

		@Override
		public void bind() {
		}

		@Override
		public void unbind() {
		}

	};

	/** Makes the user the current one of this thread, before a service method. */
	void bind();

	/** Restores what this thread had before {@link #bind()}. */
	void unbind();

}
