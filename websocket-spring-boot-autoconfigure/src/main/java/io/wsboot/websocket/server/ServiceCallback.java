package io.wsboot.websocket.server;

import java.util.EnumSet;
import java.util.Set;

import io.wsboot.websocket.server.ServiceMethod.Param;

/**
 * The service methods wsboot calls, with the parameters and return values each may declare.
 */
enum ServiceCallback {

	OPEN("onOpen", EnumSet.of(Param.CALLER), Returns.MESSAGES, "Caller"),

	TEXT("onTextMessage", EnumSet.of(Param.CALLER, Param.PAYLOAD), Returns.MESSAGES, "Caller and one message type"),

	BINARY("onBinaryMessage", EnumSet.of(Param.CALLER, Param.PAYLOAD), Returns.MESSAGES,
			"Caller and one message type"),

	MESSAGE("onMessage", EnumSet.of(Param.CALLER, Param.PAYLOAD), Returns.MESSAGES, "Caller and one message type"),

	PING("onPing", EnumSet.of(Param.CALLER, Param.PAYLOAD), Returns.PONG, "Caller and byte[]"),

	PONG("onPong", EnumSet.of(Param.CALLER, Param.PAYLOAD), Returns.NOTHING, "Caller and byte[]"),

	IDLE_TIMEOUT("onIdleTimeout", EnumSet.of(Param.CALLER), Returns.CLOSE_FRAME, "Caller"),

	CLOSE("onClose", EnumSet.of(Param.CALLER, Param.STATUS, Param.REASON), Returns.NOTHING, "Caller, int and String"),

	ERROR("onError", EnumSet.of(Param.CALLER, Param.ERROR), Returns.CLOSE_FRAME, "Caller and WebSocketException");

	private final String methodName;

	private final Set<Param> params;

	private final Returns returns;

	private final String accepted;

	ServiceCallback(String methodName, Set<Param> params, Returns returns, String accepted) {
		this.methodName = methodName;
		this.params = params;
		this.returns = returns;
		this.accepted = accepted;
	}

	String methodName() {
		return this.methodName;
	}

	Set<Param> params() {
		return this.params;
	}

	Returns returns() {
		return this.returns;
	}

	/** What the parameter list may hold, for error messages. */
	String accepted() {
		return this.accepted;
	}

	boolean payloadIsBytes() {
		return this == PING || this == PONG;
	}

	/** What a callback may return. */
	enum Returns {

		/** Anything that can be sent: messages, streams, a close frame, or nothing. */
		MESSAGES("void or a message to send"),

		/** A pong payload or nothing. */
		PONG("void or byte[]"),

		/** A close frame or nothing. */
		CLOSE_FRAME("void or CloseFrame"),

		/** Nothing. */
		NOTHING("void");

		private final String description;

		Returns(String description) {
			this.description = description;
		}

		String description() {
			return this.description;
		}

	}

}
