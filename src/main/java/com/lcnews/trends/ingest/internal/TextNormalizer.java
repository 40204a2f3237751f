package com.lcnews.trends.ingest.internal;

/**
 * Folds full-width ASCII forms and the ideographic space to their half-width forms, one char for one char, so
 * offsets found in the folded text are valid in the text as printed.
 */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	/** The folded form of one char. */
	public static char fold(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		if (c == '\u3000' || c == '\u00A0') {
			return ' ';
		}
		return c;
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

	/** Folded text without any whitespace: the form compared when recognising the same article again. */
	public static String compact(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = fold(text.charAt(i));
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/** Whether a char is a CJK ideograph. */
	public static boolean isHan(char c) {
		return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
	}

}
