package com.lcnews.trends.classify;

import java.util.List;

/**
 * How to train and evaluate.
 *
 * @param name model name, the prefix of the version
 * @param segmenter segmentation scheme of the final model, or {@code auto} to take the best compared candidate
 * @param learner learner of the final model ({@code nbm}, {@code sgd}, {@code smo}), or {@code auto}
 * @param candidateSegmenters segmenters compared by cross-validation
 * @param candidateLearners learners compared by cross-validation
 * @param folds folds of the stratified cross-validation (lowered to the smallest class size when needed, min 2)
 * @param repeats repetitions of the cross-validation
 * @param seed random seed
 * @param targetPrecision the abstain threshold is the lowest confidence at which out-of-fold accuracy reaches this
 * @param learningCurve whether to compute the learning curve
 */
public record TrainingOptions(String name, String segmenter, String learner, List<String> candidateSegmenters,
		List<String> candidateLearners, int folds, int repeats, long seed, double targetPrecision,
		boolean learningCurve) {

	public TrainingOptions {
		candidateSegmenters = List.copyOf(candidateSegmenters);
		candidateLearners = List.copyOf(candidateLearners);
		if (folds < 2 || repeats < 1) {
			throw new IllegalArgumentException("need folds >= 2 and repeats >= 1, got " + folds + " and " + repeats);
		}
	}

}
