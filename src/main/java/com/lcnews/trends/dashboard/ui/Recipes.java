package com.lcnews.trends.dashboard.ui;

import java.util.function.Function;

import com.lcnews.trends.classify.ModelMetadata;

/**
 * Names of training recipes (segmenters, learners) in the UI's language, from the message bundles
 * ({@code recipe.segmenter.<code>}, {@code recipe.learner.<code>}); a code without a message is shown as it is.
 */
final class Recipes {

	private Recipes() {
	}

	static String segmenter(String code, Function<String, String> t) {
		return name("recipe.segmenter.", code, t);
	}

	static String learner(String code, Function<String, String> t) {
		return name("recipe.learner.", code, t);
	}

	/** "朴素贝叶斯（多项式）· HanLP 分词" */
	static String recipe(String segmenter, String learner, Function<String, String> t) {
		return learner(learner, t) + " · " + segmenter(segmenter, t);
	}

	/** One line about a model: its recipe and cross-validated macro-F1. */
	static String describe(ModelMetadata m, Function<String, String> t) {
		String recipe = recipe(m.segmenter(), m.learner(), t);
		return m.evaluation() == null ? recipe
				: recipe + t.apply("recipe.macroF1.prefix") + ModelReportPanel.pct(m.evaluation().macroF1());
	}

	private static String name(String prefix, String code, Function<String, String> t) {
		if (code == null) {
			return "—";
		}
		String text = t.apply(prefix + code);
		return text.startsWith("!") ? code : text;
	}

}
