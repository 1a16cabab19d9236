package io.wsboot.websocket.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives the method name a dispatcher value selects, as the reference does: {@code "subscribe"}
 * → {@code onSubscribe}, {@code "connection_init"} → {@code onConnectionInit}, {@code "un subscribe"}
 * → {@code onUnSubscribe}. Words are split on non-word characters and underscores; each is
 * capitalised with the rest lower-cased.
 */
final class DispatcherNames {

	private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\W_]+");

	private DispatcherNames() {
	}

	static String methodName(String dispatcherValue) {
		StringBuilder name = new StringBuilder("on");
		for (String word : WORD_SEPARATOR.split(dispatcherValue)) {
			if (!word.isEmpty()) {
				name.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
					.append(word.substring(1).toLowerCase(Locale.ROOT));
			}
		}
		return name.toString();
	}

}
