package io.wsboot.sample.chat;

import java.util.List;

/**
 * Who is in each chat room: the nicknames the room's members see in join and leave events, and that
 * a newcomer may not take.
 */
public interface Roster {

	/**
	 * The nicknames in a room, sorted.
	 * @param room the room
	 * @return its members
	 */
	List<String> members(String room);

	/**
	 * A member's connection opened.
	 * @param room the room
	 * @param nick the member
	 */
	void join(String room, String nick);

	/**
	 * A member's connection ended.
	 * @param room the room
	 * @param nick the member
	 */
	void leave(String room, String nick);

}
