package com.lcnews.trends.classify;

import java.text.Normalizer;

/**
 * What an embedding model reads of an article: its classification text (headline, sub-headline, body, see
 * {@code Article#classificationText()}) folded and cut to a lead of N characters. A pure function, the same in the
 * application, in training and in a Spark job, so a stored vector always matches the text it was made from.
 * <ul>
 * <li>NFKC (full-width letters and digits become ASCII), lower case (the model's vocabulary is lower case);</li>
 * <li>every run of whitespace (line breaks at column edges included) becomes one space; leading and trailing removed;</li>
 * <li>cut after {@code leadChars} code points (never inside a surrogate pair). A Chinese character is one token of the
 * model, so the lead bounds the model's cost whatever the article's length (a 1 MB text costs as much as its lead).</li>
 * </ul>
 * Empty or whitespace-only text gives the empty string: the model then reads only its start and end markers, and
 * classifiers abstain on it, as on any text without a letter or digit ({@link #hasLetterOrDigit(String)}).
 */
public final class TextShape {

	private TextShape() {
	}

	/** The first {@code leadChars} code points of the folded, whitespace-collapsed text. */
	public static String lead(String text, int leadChars) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		// fold only a bounded prefix: NFKC never shrinks a text by more than a few characters per character kept
		int window = (int) Math.min(text.length(), 4L * leadChars + 64);
		String prefix = text.substring(0, window);
		if (window < text.length() && Character.isHighSurrogate(prefix.charAt(window - 1))) {
			prefix = prefix.substring(0, window - 1);
		}
		String folded = Normalizer.normalize(prefix, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
		StringBuilder out = new StringBuilder((int) Math.min(folded.length(), 2L * leadChars));
		int kept = 0;
		boolean space = false;
		for (int i = 0; i < folded.length() && kept < leadChars;) {
			int cp = folded.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				kept++;
				space = false;
				if (kept == leadChars) {
					break;
				}
			}
			out.appendCodePoint(cp);
			kept++;
		}
		return out.toString();
	}

	/** Whether a text gives nothing to read (empty after shaping). */
	public static boolean isBlank(String text) {
		return lead(text, 1).isEmpty();
	}

	/**
	 * Whether a text has a letter or digit of any script. Without one it says nothing a topic could be read from: it
	 * is blank, or only symbols, punctuation, emoji or invisible characters.
	 */
	public static boolean hasLetterOrDigit(String text) {
		return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}
