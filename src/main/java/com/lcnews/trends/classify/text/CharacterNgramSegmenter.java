package com.lcnews.trends.classify.text;


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
	public void segment(String text, TokenSink sink) {
		char[] chars = text.toCharArray();
		int start = 0;
		while (start < chars.length) {
			while (start < chars.length && !Character.isLetterOrDigit(chars[start])) {
				start++;
			}
			int end = start;
			while (end < chars.length && Character.isLetterOrDigit(chars[end])) {
				end++;
			}
			for (int i = start; i < end; i++) {
				for (int n = min; n <= max && i + n <= end; n++) {
					sink.token(chars, i, n);
				}
			}
			start = end;
		}
	}

	@Override
	public String name() {
		return "char-" + min + "-" + max;
	}

}
