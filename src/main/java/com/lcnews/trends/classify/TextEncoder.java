package com.lcnews.trends.classify;

import java.util.List;

/**
 * Turns texts into unit-length sentence vectors with a pretrained model run locally (nothing is downloaded). The
 * encoder shapes each text itself ({@link EncoderSpec#shape(String)}), so callers pass whole article texts.
 * Implementations are thread-safe; {@link #encodeAll} batches and is the fast way for many texts.
 * <p>
 * Bad input never fails: empty or whitespace-only text encodes as the model's empty input, text of any length costs
 * as much as its lead, text in another script gives the model's vector of its (mostly unknown) tokens.
 */
public interface TextEncoder {

	/** The model and the amount of text it reads. */
	EncoderSpec spec();

	/** One text's unit vector of {@code spec().dimensions()} floats. */
	default float[] encode(String text) {
		return encodeAll(List.of(text == null ? "" : text)).get(0);
	}

	/** The vectors of many texts, in order. */
	List<float[]> encodeAll(List<String> texts);

	/** The same model reading another number of characters (shares the loaded model). */
	TextEncoder withLeadChars(int leadChars);

}
