package com.lcnews.trends.classify.weka;

import java.util.Locale;
import java.util.stream.Collectors;

import com.lcnews.trends.classify.EncoderSpec;

/** How recipes and their trained parts are described to people (report, sidecar). */
final class Recipes {

	private Recipes() {
	}

	/** How much of an article a recipe reads, in one line. */
	static String reads(RecipeSearch.Recipe recipe, EncoderSpec spec) {
		String segmenter = recipe.parts().isEmpty() ? (recipe.leadChars() == 0 ? recipe.features() : null)
				: recipe.parts().stream().filter(p -> p.leadChars() == 0).map(RecipeSearch.Recipe::features)
					.findFirst().orElse(null);
		String lead = spec == null ? null : lead(spec);
		String text = segmenter == null ? null : "whole text, " + segmenter + " tokens";
		return lead == null ? text : text == null ? lead : lead + "; " + text;
	}

	/** What a recipe reading vectors of {@code spec} reads of an article. */
	static String lead(EncoderSpec spec) {
		return String.format(Locale.ROOT, "headline + lead, %d characters (%s)", spec.leadChars(), spec.id());
	}

	/** The vector features of {@code spec} in one line. */
	static String embedding(EncoderSpec spec) {
		return "sentence embedding " + spec.id() + " (CLS, unit length, int8 stored)";
	}

	/** The features of a recipe in one line. */
	static String features(RecipeSearch.Recipe recipe, EncoderSpec spec) {
		String embedding = spec == null ? null : embedding(spec);
		boolean text = recipe.leadChars() == 0 || recipe.parts().stream().anyMatch(p -> p.leadChars() == 0);
		String tfidf = text ? WekaRecipes.FEATURES : null;
		return embedding == null ? tfidf : tfidf == null ? embedding : embedding + " + " + tfidf;
	}

	/** Full parameters of a trained part. */
	static String parameters(Part part) {
		if (part instanceof MixturePart mixture) {
			double[] t = mixture.temperatures();
			StringBuilder out = new StringBuilder("geometric mean of");
			for (int i = 0; i < mixture.parts().size(); i++) {
				out.append(i == 0 ? " " : " and ").append(String.format(Locale.ROOT, "[T=%.3f] ", t[i]))
					.append(parameters(mixture.parts().get(i)));
			}
			return out.toString();
		}
		if (part instanceof LinearPart linear) {
			return "standardised vector, description vectors as prior examples | " + linear.describe();
		}
		if (part instanceof TextPart text) {
			return text.describe();
		}
		if (part instanceof PrototypePart) {
			return String.format(Locale.ROOT, "nearest prototype, softmax(%.0f x cosine), description weight %.0f",
					PrototypePart.SCALE, TrainingTable.PROTOTYPE_PRIOR);
		}
		return part.getClass().getSimpleName();
	}

	/** Comma-separated names, for messages. */
	static String names(java.util.List<RecipeSearch.Recipe> recipes) {
		return recipes.stream().map(RecipeSearch.Recipe::name).collect(Collectors.joining(", "));
	}

}
