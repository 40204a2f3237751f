package com.lcnews.trends.classify.weka;

import java.io.Serializable;
import java.util.List;

/**
 * The artifact of a recipe model ({@code <version>.model}, written with Weka's serialisation helper): the trained
 * part, the topics in order, the encoder spec its vectors come from (null for text-only recipes), and the calibration.
 *
 * @param recipe the recipe's name, e.g. {@code lr@256+nbm/words}
 * @param encoderId the {@code EncoderSpec} id, or null when the recipe reads no vector
 * @param dimensions vector length of the encoder (0 without one)
 */
record RecipeModel(String recipe, List<String> topics, String encoderId, int dimensions, Part part, double temperature,
		double abstainThreshold) implements Serializable {

	private static final long serialVersionUID = 1L;

}
