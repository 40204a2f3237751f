package com.lcnews.trends.classify.weka;

import java.io.Serializable;

/**
 * A trained piece of a recipe: gives a probability distribution over the topics (in the model's topic order) for one
 * text. Serializable (it is the model artifact) and thread-safe.
 */
interface Part extends Serializable {

	/** What a part may read of a text. */
	interface Features {

		/** The text as given. */
		String text();

		/** Its embedding vector at the part's spec; null when the model has none. */
		float[] vector();

		/** A text with its vector (null: none). */
		static Features of(String text, float[] vector) {
			return new Given(text, vector);
		}

	}

	/** Features as given. */
	record Given(String text, float[] vector) implements Features {
	}

	double[] distribution(Features features);

	/** The part as used within one cross-validation fold (may skip preparing fast multi-threaded prediction). */
	default Part forFold() {
		return this;
	}

	/** Whether the part reads the embedding vector. */
	boolean readsVector();

	/** The segmenter whose tokens it reads, or null. */
	String segmenter();

}
