package com.lcnews.trends.classify.text;

import java.util.List;

/**
 * Splits normalised text into tokens (words or character n-grams). Implementations are thread-safe and stateless
 * after construction.
 */
public interface TextSegmenter {

	/** Tokens of a text, in text order, punctuation dropped. */
	List<String> segment(String text);

	/** Stable name of the segmentation scheme, stored with a model so that prediction segments the same way. */
	String name();

	/** The tokens joined by single spaces: the form the learner's tokenizer splits again on spaces. */
	default String tokenString(String text) {
		return String.join(" ", segment(TextNormalizer.normalize(text)));
	}

}
