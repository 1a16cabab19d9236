package io.wsboot.websocket.server;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import io.wsboot.websocket.Caller;

/**
 * The snapshot a lookup of {@link ConnectionRegistry} returns, which also remembers how it was chosen,
 * so that a broadcast to it can reach the matching connections of other instances too. Unmodifiable.
 */
final class SelectedConnections extends AbstractList<Caller> implements RandomAccess {

	private final List<Caller> snapshot;

	private final ConnectionSelector selector;

	SelectedConnections(List<Caller> snapshot, ConnectionSelector selector) {
		this.snapshot = snapshot;
		this.selector = selector;
	}

	ConnectionSelector selector() {
		return this.selector;
	}

	@Override
	public Caller get(int index) {
		return this.snapshot.get(index);
	}

	@Override
	public int size() {
		return this.snapshot.size();
	}

}
