package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Repeated stratified k-fold cross-validation of one recipe on segmented data. Repetition r shuffles with
 * {@code new Random(seed + r)}, so every recipe sees the same folds (the comparison is paired). The pipeline,
 * dictionary included, is fitted on the training folds only.
 */
final class CrossValidator {

	/** Pooled and per-fold results; outcomes are the out-of-fold distributions for calibration. */
	record Result(int[][] confusion, double[] foldAccuracy, double[] foldMacroF1, List<Calibrator.Outcome> outcomes,
			double seconds, int meanTrainingSize) {
	}

	private final int folds;

	private final int repeats;

	private final long seed;

	private final ProgressMeter progress;

	CrossValidator(int folds, int repeats, long seed, ProgressMeter progress) {
		this.folds = folds;
		this.repeats = repeats;
		this.seed = seed;
		this.progress = progress;
	}

	/** Cross-validates {@code learner}, training on {@code share} (0..1] of each training fold. */
	Result run(Instances data, String learner, double share, String label) throws Exception {
		int k = data.numClasses();
		int[][] pooled = new int[k][k];
		double[] accuracy = new double[folds * repeats];
		double[] macroF1 = new double[folds * repeats];
		List<Calibrator.Outcome> outcomes = new ArrayList<>();
		long start = System.nanoTime();
		long trainingSizes = 0;
		for (int r = 0; r < repeats; r++) {
			Random random = new Random(seed + r);
			Instances shuffled = new Instances(data);
			shuffled.randomize(random);
			shuffled.stratify(folds);
			for (int f = 0; f < folds; f++) {
				Instances train = subsample(shuffled.trainCV(folds, f, random), share, random);
				Instances test = shuffled.testCV(folds, f);
				trainingSizes += train.numInstances();
				WekaRecipes.balance(train);
				FilteredClassifier model = WekaRecipes.pipeline(learner, seed);
				model.buildClassifier(train);
				int[][] confusion = new int[k][k];
				for (Instance row : test) {
					double[] distribution = model.distributionForInstance(row);
					int actual = (int) row.classValue();
					confusion[actual][Metrics.argmax(distribution)]++;
					pooled[actual][Metrics.argmax(distribution)]++;
					outcomes.add(new Calibrator.Outcome(distribution, actual));
				}
				accuracy[r * folds + f] = Metrics.accuracy(confusion);
				macroF1[r * folds + f] = Metrics.macroF1(confusion);
				progress.step(label);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result(pooled, accuracy, macroF1, outcomes, seconds, (int) (trainingSizes / (folds * repeats)));
	}

	/** A stratified share of the data: per class, the first ceil(share * n) rows after shuffling (at least one). */
	static Instances subsample(Instances data, double share, Random random) {
		if (share >= 1) {
			return data;
		}
		Instances shuffled = new Instances(data);
		shuffled.randomize(random);
		int[] taken = new int[data.numClasses()];
		int[] available = new int[data.numClasses()];
		for (Instance row : shuffled) {
			available[(int) row.classValue()]++;
		}
		Instances sample = new Instances(data, 0);
		for (Instance row : shuffled) {
			int c = (int) row.classValue();
			if (taken[c] < Math.max(1, Math.ceil(share * available[c]))) {
				sample.add(row);
				taken[c]++;
			}
		}
		return sample;
	}

}
