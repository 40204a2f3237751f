package com.lcnews.trends.classify;

import java.util.List;

/**
 * How to train and evaluate.
 *
 * @param name model name, the prefix of the version
 * @param segmenter segmentation scheme of text recipes, or {@code auto} to compare {@code candidateSegmenters}
 * @param learner learner of text recipes ({@code nbm}, {@code sgd}, {@code smo}), or {@code auto}
 * @param candidateSegmenters segmenters compared by cross-validation
 * @param candidateLearners learners compared by cross-validation
 * @param folds folds of the grouped cross-validation (lowered to the number of groups: with as many folds as pages it
 *        is leave-one-page-out)
 * @param repeats repetitions of the cross-validation (one when every group is its own fold)
 * @param seed random seed
 * @param targetPrecision the abstain threshold is the lowest confidence at which out-of-fold accuracy reaches this
 * @param learningCurve whether to compute the learning curve
 * @param recipes embedding recipe kinds compared besides the text recipes: {@code zero-shot}, {@code prototypes},
 *        {@code lr}, {@code combined} (lr and prototypes each with every text recipe); empty: text recipes only
 * @param leadChars text lengths (characters of headline + body) the embedding recipes are compared at
 * @param encoderModel the sentence-embedding model of the embedding recipes
 */
public record TrainingOptions(String name, String segmenter, String learner, List<String> candidateSegmenters,
		List<String> candidateLearners, int folds, int repeats, long seed, double targetPrecision,
		boolean learningCurve, List<String> recipes, List<Integer> leadChars, String encoderModel) {

	/** Every embedding recipe kind. */
	public static final List<String> EMBEDDING_RECIPES = List.of("zero-shot", "prototypes", "lr", "combined");

	/** The default model of embedding recipes. */
	public static final String DEFAULT_ENCODER = "bge-small-zh-v1.5-q8";

	public TrainingOptions {
		candidateSegmenters = List.copyOf(candidateSegmenters);
		candidateLearners = List.copyOf(candidateLearners);
		recipes = List.copyOf(recipes);
		leadChars = List.copyOf(leadChars);
		if (folds < 2 || repeats < 1) {
			throw new IllegalArgumentException("need folds >= 2 and repeats >= 1, got " + folds + " and " + repeats);
		}
		if (!EMBEDDING_RECIPES.containsAll(recipes)) {
			throw new IllegalArgumentException("unknown recipe in " + recipes + "; known: " + EMBEDDING_RECIPES);
		}
		if (!recipes.isEmpty() && leadChars.isEmpty()) {
			throw new IllegalArgumentException("embedding recipes need at least one text length (leadChars)");
		}
	}

	/** Text recipes only (the trainer as it was before embeddings). */
	public TrainingOptions(String name, String segmenter, String learner, List<String> candidateSegmenters,
			List<String> candidateLearners, int folds, int repeats, long seed, double targetPrecision,
			boolean learningCurve) {
		this(name, segmenter, learner, candidateSegmenters, candidateLearners, folds, repeats, seed, targetPrecision,
				learningCurve, List.of(), List.of(), DEFAULT_ENCODER);
	}

	/**
	 * The defaults of the {@code train} command and of retraining: every embedding recipe at 128 and 256 characters,
	 * text recipes with naive Bayes over words and character n-grams, 5 grouped folds, seed 42.
	 */
	public static TrainingOptions defaults(String name) {
		return new TrainingOptions(name, "auto", "nbm", List.of("words", "chars-1-2"), List.of("nbm"), 5, 1, 42, 0.8,
				false, EMBEDDING_RECIPES, List.of(128, 256), DEFAULT_ENCODER);
	}

}
