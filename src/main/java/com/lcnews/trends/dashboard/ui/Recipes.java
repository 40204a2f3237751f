package com.lcnews.trends.dashboard.ui;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.lcnews.trends.classify.ModelMetadata;

/**
 * Names of training recipes (segmenters, learners) in the UI's language, from the message bundles
 * ({@code recipe.segmenter.<code>}, {@code recipe.learner.<code>}); a code without a message is shown as it is.
 */
final class Recipes {

	/** A sentence-vector spec: the model and how many characters of an article it reads. */
	private static final Pattern ENCODER = Pattern.compile(".+/lead-(\\d+)");

	private Recipes() {
	}

	/** Features of a recipe: a segmenter, a sentence-vector spec ({@code <model>/lead-<N>}), or several joined by " + ". */
	static String segmenter(String code, Function<String, String> t) {
		if (code == null) {
			return "—";
		}
		return Arrays.stream(code.split(" \\+ ")).map(part -> {
			Matcher encoder = ENCODER.matcher(part.strip());
			return encoder.matches() ? t.apply("recipe.encoder").replace("{0}", encoder.group(1))
					: name("recipe.segmenter.", part.strip(), t);
		}).collect(Collectors.joining(" + "));
	}

	/** A learner, or several combined ({@code lr+nbm}). */
	static String learner(String code, Function<String, String> t) {
		if (code == null) {
			return "—";
		}
		return Arrays.stream(code.split("\\+")).map(part -> name("recipe.learner.", part.strip(), t))
			.collect(Collectors.joining(" + "));
	}

	/** "朴素贝叶斯（多项式）· HanLP 分词" */
	static String recipe(String segmenter, String learner, Function<String, String> t) {
		return learner(learner, t) + " · " + segmenter(segmenter, t);
	}

	/** One line about a model: its recipe and cross-validated macro-F1. */
	static String describe(ModelMetadata m, Function<String, String> t) {
		String features = m.encoder() == null ? m.segmenter()
				: m.segmenter() == null || m.segmenter().equals("none") ? m.encoder() : m.encoder() + " + " + m.segmenter();
		String recipe = recipe(features, m.learner(), t);
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
