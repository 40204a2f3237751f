package com.lcnews.trends.classify.text;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.Locale;

/**
 * Normalises text before segmentation: Unicode NFKC (full-width letters, digits and punctuation to half width),
 * lower case, every run of digits to one {@code 0} (numbers are rarely topical and would split the vocabulary), and
 * whitespace runs to one space.
 * <p>
 * Speed matters (it runs on every article the batch job classifies), so the common case takes a single pass: text made
 * only of ASCII, CJK ideographs, full-width forms, the ideographic space and punctuation that NFKC leaves alone is
 * folded by table; any other character sends the whole text through {@link Normalizer}. Both paths give the same
 * result ({@code TextNormalizerTest} compares them).
 */
public final class TextNormalizer {

	/** Characters NFKC leaves unchanged whatever their neighbours (no decomposition, no combining class). */
	private static final BitSet STABLE = stableCharacters();

	private TextNormalizer() {
	}

	/** The normalised form of a text; null gives the empty string. */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		char[] chars = foldLower(text);
		if (chars == null) {
			chars = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray();
		}
		return new String(chars, 0, collapse(chars)).strip();
	}

	/** The slow, obviously right definition, kept for tests: NFKC, lower case, then the two replacements. */
	static String reference(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return folded.replaceAll("[0-9]+(?:[.,][0-9]+)*", "0").replaceAll("\\s+", " ").strip();
	}

	/**
	 * NFKC and lower case by table for the common characters, or null when the text holds any other character. (For
	 * these characters lower-casing one by one is what {@code toLowerCase(Locale.ROOT)} does to the whole text.)
	 */
	static char[] foldLower(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			char c = text.charAt(i);
			if (c >= 0x4E00 && c < 0xA000) {
				out[i] = c;
			}
			else if (c < 0x80) {
				out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
			}
			else if (c >= 0xFF01 && c <= 0xFF5E) {
				char ascii = (char) (c - 0xFEE0);
				out[i] = ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + 32) : ascii;
			}
			else if (c == 0x3000) {
				out[i] = ' ';
			}
			else if (STABLE.get(c)) {
				out[i] = Character.toLowerCase(c);
			}
			else {
				return null;
			}
		}
		return out;
	}

	/**
	 * In place: each run of digits (with inner . or , between digits) becomes 0; each run of regex \s becomes one
	 * space. Returns the new length.
	 */
	private static int collapse(char[] s) {
		int n = s.length;
		int written = 0;
		int i = 0;
		while (i < n) {
			char c = s[i];
			if (isDigit(c)) {
				i = skipNumber(s, i);
				s[written++] = '0';
			}
			else if (isSpace(c)) {
				while (i < n && isSpace(s[i])) {
					i++;
				}
				s[written++] = ' ';
			}
			else {
				s[written++] = c;
				i++;
			}
		}
		return written;
	}

	private static int skipNumber(char[] s, int start) {
		int i = start;
		int n = s.length;
		while (i < n && isDigit(s[i])) {
			i++;
		}
		while (i + 1 < n && (s[i] == '.' || s[i] == ',') && isDigit(s[i + 1])) {
			i++;
			while (i < n && isDigit(s[i])) {
				i++;
			}
		}
		return i;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** The characters of {@code \s} in Java regular expressions without UNICODE_CHARACTER_CLASS. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	private static BitSet stableCharacters() {
		BitSet stable = new BitSet(0x10000);
		stable.set(0x00, 0x80);
		stable.set(0x4E00, 0xA000);
		int[][] candidates = { { 0xA0, 0x100 }, { 0x2010, 0x2070 }, { 0x3001, 0x3040 } };
		for (int[] range : candidates) {
			for (int c = range[0]; c < range[1]; c++) {
				String s = String.valueOf((char) c);
				int type = Character.getType(c);
				boolean combining = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
						|| type == Character.COMBINING_SPACING_MARK;
				if (!combining && Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s)
						&& Normalizer.normalize(s, Normalizer.Form.NFD).equals(s)) {
					stable.set(c);
				}
			}
		}
		return stable;
	}

}
