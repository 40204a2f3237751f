package com.lcnews.trends.classify.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into tokens (words or character n-grams). Implementations are thread-safe and stateless
 * after construction.
 */
public interface TextSegmenter {

	/** Receives tokens as ranges of a character array; the array is only valid during the call. */
	@FunctionalInterface
	interface TokenSink {

		void token(char[] chars, int start, int length);

	}

	/**
	 * Hands the tokens of a text, in text order, punctuation dropped, to a sink without making a string of each: the
	 * fast form for classification.
	 */
	void segment(String text, TokenSink sink);

	/** Tokens of a text, in text order, punctuation dropped: what {@link #segment(String, TokenSink)} hands out. */
	default List<String> segment(String text) {
		List<String> tokens = new ArrayList<>(text.length());
		segment(text, (chars, start, length) -> tokens.add(new String(chars, start, length)));
		return tokens;
	}

	/** Stable name of the segmentation scheme, stored with a model so that prediction segments the same way. */
	String name();

	/** The tokens joined by single spaces: the form the learner's tokenizer splits again on spaces. */
	default String tokenString(String text) {
		return String.join(" ", segment(TextNormalizer.normalize(text)));
	}

}
