package com.lcnews.trends.classify.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises text before segmentation: Unicode NFKC (full-width letters, digits and punctuation to half width),
 * lower case, every run of digits to one {@code 0} (numbers are rarely topical and would split the vocabulary), and
 * whitespace runs to one space.
 */
public final class TextNormalizer {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+(?:[.,][0-9]+)*");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private TextNormalizer() {
	}

	/** The normalised form of a text; null gives the empty string. */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
		return SPACES.matcher(DIGITS.matcher(folded).replaceAll("0")).replaceAll(" ").strip();
	}

}
