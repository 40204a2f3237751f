package com.lcnews.trends.ingest.internal;

/**
 * Folds full-width ASCII forms and the ideographic space to their half-width forms, and traditional characters to
 * their simplified forms, one char for one char, so offsets found in the folded text are valid in the text as printed.
 * The folded text is only for matching (place names, datelines, bylines); articles keep the text as printed.
 */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	/** The folded form of one char. */
	public static char fold(char c) {
		if (c < '\u3000') {
			return c == '\u00A0' ? ' ' : c;
		}
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		if (c == '\u3000') {
			return ' ';
		}
		return TraditionalChars.SIMPLIFIED[c];
	}

	/** Full-width forms and spaces folded, characters kept (the content hash must not depend on the T→S table). */
	private static char foldWidth(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return c == '\u3000' || c == '\u00A0' ? ' ' : c;
	}

	/** The folded form of a text, of the same length. */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char f = fold(c);
			if (f != c) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = f;
			}
		}
		return chars == null ? text : new String(chars);
	}

	/** The folded form of the first {@code max} chars of a text (a dateline is always near the start). */
	public static String foldPrefix(String text, int max) {
		return fold(text.length() <= max ? text : text.substring(0, max));
	}

	/** Folded text without any whitespace: the form compared when recognising the same article again. */
	public static String compact(String text) {
		if (text == null) {
			return "";
		}
		char[] out = new char[text.length()];
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u4E00' && c <= '\u9FFF') {
				out[n++] = c;
				continue;
			}
			c = foldWidth(c);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
				out[n++] = c;
			}
		}
		return new String(out, 0, n);
	}

	/** Whether a char is a CJK ideograph. */
	public static boolean isHan(char c) {
		return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
	}

}
