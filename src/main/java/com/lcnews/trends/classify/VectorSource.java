package com.lcnews.trends.classify;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where training gets the vectors of its texts. The application gives the vectors it stored beside its articles, so
 * retraining never runs the network for a text already embedded; {@link EncodingVectorSource} computes what it does
 * not hold with the encoder and keeps it (in memory, optionally in a cache folder).
 */
@FunctionalInterface
public interface VectorSource {

	/**
	 * The vectors of texts as {@code spec} reads them, in order (unit length, as decoded from their stored form).
	 * @param progress receives one line per chunk of texts that had to be encoded
	 */
	List<float[]> vectors(EncoderSpec spec, List<String> texts, Consumer<String> progress);

}
