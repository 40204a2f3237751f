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
	 * fast form for classification. The default goes through {@link #segment(String)}.
	 */
	default void segment(String text, TokenSink sink) {
		for (String token : segment(text)) {
			sink.token(token.toCharArray(), 0, token.length());
		}
	}

	/** Tokens of a text, in text order, punctuation dropped. */
	List<String> segment(String text);

	/** Stable name of the segmentation scheme, stored with a model so that prediction segments the same way. */
	String name();

	/** The tokens joined by single spaces: the form the learner's tokenizer splits again on spaces. */
	default String tokenString(String text) {
		return String.join(" ", segment(TextNormalizer.normalize(text)));
	}

	/** The tokens a sink receives, as strings. */
	static List<String> collect(String text, TextSegmenter segmenter) {
		List<String> tokens = new ArrayList<>(text.length());
		segmenter.segment(text, (chars, start, length) -> tokens.add(new String(chars, start, length)));
		return tokens;
	}

}
