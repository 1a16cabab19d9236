package io.wsboot.sample.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the room sends its members, as JSON.
 *
 * @param type {@code join}, {@code leave}, {@code message}, {@code nudge} or {@code error}
 * @param nick who it is about, or {@code null}
 * @param text the text, or {@code null}
 * @param members who is in the room now, for joins and leaves
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatEvent(String type, String nick, String text, List<String> members) {

	static ChatEvent join(String nick, List<String> members) {
		return new ChatEvent("join", nick, null, members);
	}

	static ChatEvent leave(String nick, List<String> members) {
		return new ChatEvent("leave", nick, null, members);
	}

	static ChatEvent message(String nick, String text) {
		return new ChatEvent("message", nick, text, null);
	}

	static ChatEvent nudge(String text) {
		return new ChatEvent("nudge", null, text, null);
	}

	static ChatEvent error(String text) {
		return new ChatEvent("error", null, text, null);
	}

}
