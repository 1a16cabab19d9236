package io.wsboot.websocket.protocol;

/**
 * UTF-8 lengths of text without encoding it, for the limits and cuts that RFC 6455 counts in bytes.
 */
public final class Utf8 {

	private Utf8() {
	}

	/**
	 * The UTF-8 length of one character.
	 * @param codePoint the character
	 * @return 1 to 4
	 */
	public static int length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

	/**
	 * The UTF-8 length of text; an unpaired surrogate counts as 3 bytes.
	 * @param text the text
	 * @return its length in bytes
	 */
	public static long length(CharSequence text) {
		long bytes = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				bytes += 4;
				i++;
			}
			else {
				bytes += length(c);
			}
		}
		return bytes;
	}

}
