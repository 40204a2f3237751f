package com.lcnews.trends.classify.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Character n-grams of each run of letters (CJK or Latin), from {@code min} to {@code max} characters long. No
 * dictionary: the baseline that knows no words.
 */
final class CharacterNgramSegmenter implements TextSegmenter {

	private final int min;

	private final int max;

	CharacterNgramSegmenter(int min, int max) {
		if (min < 1 || max < min) {
			throw new IllegalArgumentException("n-gram range must satisfy 1 <= min <= max: " + min + ".." + max);
		}
		this.min = min;
		this.max = max;
	}

	@Override
	public List<String> segment(String text) {
		List<String> tokens = new ArrayList<>(text.length() * (max - min + 1));
		int start = 0;
		int length = text.length();
		while (start < length) {
			while (start < length && !Character.isLetterOrDigit(text.charAt(start))) {
				start++;
			}
			int end = start;
			while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
				end++;
			}
			addGrams(text, start, end, tokens);
			start = end;
		}
		return tokens;
	}

	private void addGrams(String text, int start, int end, List<String> tokens) {
		for (int i = start; i < end; i++) {
			for (int n = min; n <= max && i + n <= end; n++) {
				tokens.add(text.substring(i, i + n));
			}
		}
	}

	@Override
	public String name() {
		return "char-" + min + "-" + max;
	}

}
